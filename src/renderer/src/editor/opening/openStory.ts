import {
  $createParagraphNode,
  $getNodeByKey,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $parseSerializedNode,
  HISTORY_MERGE_TAG,
  type LexicalEditor,
  type LexicalNode,
  type SerializedLexicalNode,
  type SerializedRootNode,
} from 'lexical';
import { $isListItemNode } from '@lexical/list';
import type { LexicalStateJson } from '@shared/model';
import { $needsMarkNesting } from '../marks/nesting';
import { $needsPasteCleanup } from '../paste/pasteCleanup';

/**
 * Puts a stored body into the editor, which must have been created empty (the composer's
 * `editorState: null`) with its transforms registered. No transform runs: Lexical's
 * `setEditorState` marks every node of a parsed state dirty, and registering a transform once a
 * story is loaded marks every node of its type dirty, either way a pass over the whole story
 * for the few nodes that may need one (openStory's clean-up). An empty body is one empty
 * paragraph, as the composer makes it. Nothing happens if the editor holds text already (React's
 * strict mode mounts twice in development).
 */
export function loadBody(editor: LexicalEditor, body: LexicalStateJson): void {
  editor.update(
    () => {
      const root = $getRoot();
      if (!root.isEmpty()) return;
      root.updateFromJSON(body.root as unknown as SerializedRootNode);
      for (const child of body.root.children)
        root.append($parseSerializedNode(child as unknown as SerializedLexicalNode));
      if (root.isEmpty()) root.append($createParagraphNode());
    },
    { discrete: true, skipTransforms: true, tag: HISTORY_MERGE_TAG },
  );
}

/**
 * What a transform registered on the story editor would change in the node as loaded: 'save'
 * for the paste clean-up's (a `javascript:` link, Word's bullets…) and the marks' (a mark inside a
 * mark is flattened, see marks/nesting.ts), a change of the text that the store should have;
 * 'state' for the lists' (a list item takes its first text's format and style for typing in
 * it), the editor's own state that the store does not even keep; null for nothing.
 */
function $transformWanted(node: LexicalNode): 'save' | 'state' | null {
  if ($needsPasteCleanup(node)) return 'save';
  if ($isListItemNode(node)) {
    const first = node.getFirstChild();
    return $isTextNode(first) &&
      (first.getFormat() !== node.getTextFormat() || first.getStyle() !== node.getTextStyle())
      ? 'state'
      : null;
  }
  return $needsMarkNesting(node) ? 'save' : null;
}

/**
 * Runs the editor's transforms on the nodes of the loaded story that they would change, and on
 * no other (see loadBody): a story holding a `javascript:` link or Word's bullets from before
 * the paste clean-up opens cleaned. Part of opening: merged into the state the story opens in
 * (undo does not bring it back). True when the text changed in a way the store should keep
 * (the caller saves it); a story that only had its lists' typing format set saves nothing.
 */
export function cleanUpOpened(editor: LexicalEditor): boolean {
  const before = editor.getEditorState();
  const { keys, save } = before.read(() => {
    const found: string[] = [];
    let wanted = false;
    const visit = (node: LexicalNode): void => {
      const change = $transformWanted(node);
      if (change !== null) found.push(node.getKey());
      if (change === 'save') wanted = true;
      if ($isElementNode(node))
        for (let child = node.getFirstChild(); child; child = child.getNextSibling()) visit(child);
    };
    visit($getRoot());
    return { keys: found, save: wanted };
  });
  if (keys.length === 0) return false;
  editor.update(
    () => {
      for (const key of keys) $getNodeByKey(key)?.markDirty();
    },
    { discrete: true, tag: HISTORY_MERGE_TAG },
  );
  return (
    save && JSON.stringify(editor.getEditorState().toJSON()) !== JSON.stringify(before.toJSON())
  );
}
