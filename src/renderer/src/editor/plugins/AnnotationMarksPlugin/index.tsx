import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import {
  $addUpdateTag,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  HISTORIC_TAG,
  HISTORY_MERGE_TAG,
  SKIP_DOM_SELECTION_TAG,
  createCommand,
  type BaseSelection,
  type LexicalEditor,
  type NodeKey,
} from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getMarkIDs, $isMarkNode, $wrapSelectionInMarkNode, MarkNode } from '@lexical/mark';
import { mergeRegister } from '@lexical/utils';
import type { AnnotationType } from '@shared/model';
import { useAnnotations } from '@renderer/features/annotations/AnnotationsContext';
import { scrollIntoCentre } from '@renderer/lib/scrollIntoCentre';
import { paintMark } from '../../marks/paintMark';
import { registerMarkEdgeTyping } from '../../marks/markEdgeTyping';
import { registerPastedMarks } from '../../marks/pastedMarks';
import {
  $anchoredIds,
  $marksWithId,
  $removeMarkId,
  $selectMarked,
  $selectionAnchor,
  $wrapOffsetsInMark,
} from '../../marks/marks';

export interface MarkAnnotationPayload {
  type: AnnotationType;
  /** The selection to mark, when focus has left the editor since (a menu was opened). */
  selection?: BaseSelection | null;
}

/** Marks the selected text as a new annotation of the type, and records it in the store. */
export const MARK_ANNOTATION_COMMAND =
  createCommand<MarkAnnotationPayload>('MARK_ANNOTATION_COMMAND');
/** Selects an annotation's text and scrolls it into view. */
export const SELECT_ANNOTATION_COMMAND = createCommand<string>('SELECT_ANNOTATION_COMMAND');
/** Takes an annotation's id off its marks (the record is deleted by the caller). */
export const UNMARK_ANNOTATION_COMMAND = createCommand<string>('UNMARK_ANNOTATION_COMMAND');
/**
 * Puts an existing annotation's id on text: the plain-text range given (a suggestion, a
 * re-anchored quote), or else the current selection. Handled (true) only if text was marked.
 */
export const ANCHOR_ANNOTATION_COMMAND = createCommand<{
  id: string;
  range?: { start: number; end: number };
  /**
   * Part of opening the story (orphans found in the text as loaded): no undo step of its own,
   * as undo must not reach before the story was opened; but saved, so the store knows.
   */
  opening?: boolean;
}>('ANCHOR_ANNOTATION_COMMAND');

/** An update to save although the history merges it into the state the story opened in. */
export const SAVE_MERGED_TAG = 'edition-save-merged';

/**
 * A programmatic change leaves the DOM selection alone unless the user is in the editor: marking
 * from the panel must not pull focus out of the field being typed in.
 */
function $keepFocusOutside(editor: LexicalEditor): void {
  const root = editor.getRootElement();
  if (root === null || !root.contains(document.activeElement))
    $addUpdateTag(SKIP_DOM_SELECTION_TAG);
}

/**
 * Annotation marks in the text: making and removing them, and showing each annotation's status
 * on its marks. The store holds the records; marks hold only ids (see AnnotationsProvider).
 */
export function AnnotationMarksPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const annotations = useAnnotations();
  const { byId, activeId, setAnchoredIds, setCaret } = annotations;
  // The mark elements and their ids, as the mutation listener last saw them.
  const markIds = useRef(new Map<NodeKey, readonly string[]>());
  // Marks made here whose record the store has not confirmed yet.
  const creating = useRef(new Set<string>());
  // The latest store and callbacks, for listeners registered once per editor.
  const latest = useRef({ annotations, t });
  useEffect(() => {
    latest.current = { annotations, t };
  });

  useEffect(() => {
    // In text order, so that the panel can list annotations as they stand in the story.
    const publishAnchored = (): void => {
      setAnchoredIds(editor.getEditorState().read(() => $anchoredIds()));
    };
    const paint = (element: HTMLElement, ids: readonly string[]): void => {
      const { annotations: store, t: translate } = latest.current;
      paintMark(element, ids, store.byId, store.activeId, translate);
    };

    // A story without marks gets no mutation at all: say so now, or orphans would wait forever.
    publishAnchored();
    return mergeRegister(
      registerPastedMarks(editor, (id) => latest.current.annotations.byId.has(id)),
      registerMarkEdgeTyping(editor),
      // Undo or redo may bring back a mark whose annotation was deleted meanwhile (the delete
      // took the mark off as its own step): an id nobody can see or change. It goes again, in
      // the same step, so the text stays as undo left it.
      editor.registerUpdateListener(({ editorState, tags }) => {
        if (!tags.has(HISTORIC_TAG)) return;
        const { annotations: store } = latest.current;
        if (store.annotations === null) return;
        const unknown = [...editorState.read(() => $anchoredIds())].filter(
          (id) => !store.byId.has(id) && !creating.current.has(id),
        );
        if (unknown.length === 0) return;
        // Saved too (SAVE_MERGED_TAG): else the store keeps the body undo left, mark and all.
        editor.update(() => unknown.forEach($removeMarkId), {
          tag: [HISTORY_MERGE_TAG, SAVE_MERGED_TAG],
        });
      }),
      editor.registerMutationListener(
        MarkNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, mutation] of mutations) {
              const node = $getNodeByKey(key);
              if (mutation === 'destroyed' || !$isMarkNode(node)) {
                markIds.current.delete(key);
              } else {
                const ids = node.getIDs();
                markIds.current.set(key, ids);
                // An update that left the mark's element showing these same ids (its text was
                // typed in, a link in it was re-checked) needs no new paint: status changes
                // repaint through the effect below.
                const element = editor.getElementByKey(key);
                if (!element) continue;
                if (mutation === 'updated' && element.dataset.annotationIds === ids.join(' '))
                  continue;
                paint(element, ids);
              }
            }
          });
          publishAnchored();
        },
        { skipInitialization: false },
      ),
      editor.registerUpdateListener(({ editorState }) => {
        editorState.read(() => {
          const selection = $getSelection();
          if (!$isRangeSelection(selection)) return;
          const node = selection.anchor.getNode();
          const ids = $isTextNode(node) ? ($getMarkIDs(node, selection.anchor.offset) ?? []) : [];
          setCaret(ids, !selection.isCollapsed() && selection.getTextContent().trim() !== '');
        });
      }),
      editor.registerCommand(
        MARK_ANNOTATION_COMMAND,
        ({ type, selection: saved }) => {
          if (saved) $setSelection(saved.clone());
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
          const anchor = $selectionAnchor();
          if (anchor === null || anchor.quote.trim() === '') return false;
          const id = crypto.randomUUID();
          $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
          creating.current.add(id);
          void latest.current.annotations.create(id, type, anchor).then((created) => {
            creating.current.delete(id);
            // Not recorded: the mark must not stay behind as an id nobody knows.
            if (created === null) editor.update(() => $removeMarkId(id));
          });
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        ANCHOR_ANNOTATION_COMMAND,
        ({ id, range, opening }) => {
          $keepFocusOutside(editor);
          if (opening) {
            $addUpdateTag(HISTORY_MERGE_TAG);
            $addUpdateTag(SAVE_MERGED_TAG);
          }
          if (range) return $wrapOffsetsInMark(range.start, range.end, id);
          const selection = $getSelection();
          if (!$isRangeSelection(selection) || selection.isCollapsed()) return false;
          $wrapSelectionInMarkNode(selection, selection.isBackward(), id);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        UNMARK_ANNOTATION_COMMAND,
        (id) => {
          $keepFocusOutside(editor);
          $removeMarkId(id);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        SELECT_ANNOTATION_COMMAND,
        (id) => {
          if ($selectMarked(id) === null) return false;
          // After this update has reached the DOM: bring the mark into the middle of the pane.
          // Found again at each correction of the scroll: an update of its paragraph meanwhile
          // (the story just opened, a save) may have rendered it anew.
          setTimeout(() => {
            scrollIntoCentre(() => {
              const key = editor.getEditorState().read(() => $marksWithId(id)[0]?.getKey());
              return key === undefined ? null : editor.getElementByKey(key);
            });
            editor.getRootElement()?.focus({ preventScroll: true });
          }, 0);
          return true;
        },
        COMMAND_PRIORITY_EDITOR,
      ),
    );
  }, [editor, setAnchoredIds, setCaret]);

  // The store changed (a status, a speaker, the active annotation): repaint every mark.
  useEffect(() => {
    for (const [key, ids] of markIds.current) {
      const element = editor.getElementByKey(key);
      if (element) paintMark(element, ids, byId, activeId, t);
    }
  }, [editor, byId, activeId, t]);

  return null;
}
