import { useEffect } from 'react';
import {
  $addUpdateTag,
  $createRangeSelectionFromDom,
  $getRoot,
  $getSelection,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  KEY_DOWN_COMMAND,
  SKIP_SCROLL_INTO_VIEW_TAG,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
  type RangeSelection,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { scrollIntoSight } from '@renderer/lib/scrollIntoCentre';
import { SHORTCUT_PRIORITY } from '../../utils/shortcuts';
import { foldHeldKeys, holdWhilePaging, pageCaret, settlePaging, type HeldKey } from './paging';
import { storyMoveOf } from './storyKeys';

type Edge = 'start' | 'end';

/** Puts `point` at the very start or end of the story. */
function $setToEdge(point: PointType, edge: Edge): void {
  const root = $getRoot();
  const leaf: LexicalNode | null =
    edge === 'start' ? root.getFirstDescendant() : root.getLastDescendant();
  if ($isTextNode(leaf)) {
    point.set(leaf.getKey(), edge === 'start' ? 0 : leaf.getTextContentSize(), 'text');
    return;
  }
  // An empty paragraph, or a leaf that holds no text (a line break): its block's edge.
  const block = $isElementNode(leaf) ? leaf : (leaf?.getParent() ?? root);
  point.set(block.getKey(), edge === 'start' ? 0 : block.getChildrenSize(), 'element');
}

/**
 * Typing takes the format of the text the caret was moved into, as after an arrow key: the
 * selection keeps the format it had (bold, from the word it was in) until the browser reports
 * the caret moved, and a move made here is not reported.
 */
function $formatOfCaret(caret: RangeSelection): void {
  const node = caret.anchor.getNode();
  if ($isTextNode(node)) {
    caret.format = node.getFormat();
    caret.style = node.getStyle();
  } else if ($isElementNode(node)) {
    caret.format = node.getTextFormat();
    caret.style = node.getTextStyle();
  }
}

/** The caret (or, with `extend`, the selection's moving end) to the story's start or end. */
function moveToEdge(editor: LexicalEditor, edge: Edge, extend: boolean): void {
  let key: string | null = null;
  editor.update(
    () => {
      // Lexical's own scroll would aim at text not laid out yet; scrollIntoSight does it.
      $addUpdateTag(SKIP_SCROLL_INTO_VIEW_TAG);
      const selection = $getSelection();
      let point: PointType;
      if (extend && $isRangeSelection(selection)) {
        $setToEdge(selection.focus, edge);
        point = selection.focus;
      } else {
        const root = $getRoot();
        const caret = edge === 'start' ? root.selectStart() : root.selectEnd();
        $formatOfCaret(caret);
        point = caret.anchor;
      }
      // The block the caret is in: what is laid out (or not) and scrolled to.
      const node = point.getNode();
      key = (node.getTopLevelElement() ?? node).getKey();
    },
    {
      onUpdate: () => {
        const block = key === null ? null : editor.getElementByKey(key);
        if (block) scrollIntoSight(block, edge);
      },
    },
  );
}

/**
 * Keys pressed before a page move placed the caret, typed where it landed. Each is an update
 * of its own, committed at once (never called inside another update: see HeldTyping): a
 * deletion finds the character before the caret through the DOM's selection, which must show
 * the keys before it.
 */
function typeHeldKeys(editor: LexicalEditor, keys: HeldKey[], fromDom: boolean): void {
  if (fromDom)
    editor.update(
      () => {
        // Lexical learns of the caret the page move placed only at the browser's next
        // selectionchange, which comes after this: it takes it from the DOM here.
        const placed = $createRangeSelectionFromDom(window.getSelection(), editor);
        if (!placed) return;
        if (placed.isCollapsed()) $formatOfCaret(placed);
        $setSelection(placed);
      },
      { discrete: true },
    );
  for (const key of foldHeldKeys(keys))
    editor.update(
      () => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        if (key.kind === 'text') selection.insertText(key.text);
        else if (key.kind === 'paragraph') selection.insertParagraph();
        else if (key.kind === 'line-break') selection.insertLineBreak();
        else selection.deleteCharacter(key.backward);
      },
      { discrete: true },
    );
}

/**
 * The keys that move far through the story — Ctrl+Home / Ctrl+End (⌘↑ / ⌘↓ on a Mac) and
 * Page Up / Page Down, with Shift to select — done by the editor rather than the browser. The
 * browser moves the caret from the laid-out text, and a long story's blocks far from the
 * screen are not laid out (content-visibility in story-editor.css): Ctrl+End put the caret at
 * the start of the last paragraph, and Page Down left it a screen above the view.
 */
export function StoryKeysPlugin(): null {
  const [editor] = useLexicalComposerContext();
  useEffect(() => {
    // A click moves the caret from where a page move under way puts it (and its keys typed).
    const onPointerDown = (event: PointerEvent): void => {
      settlePaging(event.currentTarget as HTMLElement, 'now');
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('pointerdown', onPointerDown, true);
        // The editor going away (or its root): what was typed is typed, not left to a frame.
        if (previous) settlePaging(previous, 'now');
        root?.addEventListener('pointerdown', onPointerDown, true);
      }),
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          const move = storyMoveOf(event);
          const root = editor.getRootElement();
          if (!move) return root !== null && holdWhilePaging(root, event);
          event.preventDefault();
          if (move.kind === 'edge') {
            // A page move under way lands first, its keys typed there, then the edge.
            const toEdge = () => moveToEdge(editor, move.edge, event.shiftKey);
            if (root && settlePaging(root, 'after-update')) queueMicrotask(toEdge);
            else toEdge();
          } else if (root)
            pageCaret(
              root,
              move.direction,
              event.shiftKey,
              () => moveToEdge(editor, move.direction > 0 ? 'end' : 'start', event.shiftKey),
              (keys, fromDom) => typeHeldKeys(editor, keys, fromDom),
            );
          return true;
        },
        SHORTCUT_PRIORITY,
      ),
    );
  }, [editor]);
  return null;
}
