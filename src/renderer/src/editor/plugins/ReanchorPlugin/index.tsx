import { useEffect, useRef } from 'react';
import { HISTORY_MERGE_TAG } from 'lexical';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { useAnnotations } from '@renderer/features/annotations/AnnotationsContext';
import { $textLayout } from '@shared/text-layout';
import { planReanchoring, type OrphanState } from '../../marks/reanchor';
import { ANCHOR_ANNOTATION_COMMAND } from '../AnnotationMarksPlugin';

/** How long the text must rest before orphans are looked for in it. */
const SETTLE_MS = 700;

/**
 * Gives orphaned annotations their mark back when their quote stands in the text again: typed
 * back, pasted, restored (see planReanchoring for when it must not).
 */
export function ReanchorPlugin(): null {
  const [editor] = useLexicalComposerContext();
  const { annotations, anchoredIds } = useAnnotations();
  const states = useRef(new Map<string, OrphanState>());
  const looked = useRef(false);
  const latest = useRef({ annotations, anchoredIds });
  /**
   * The annotations the story had as it opened: only these are anchored by the opening look.
   * One made in another window meanwhile gets its mark with the text that window saves; given
   * one here, in this window's older text, it would be an edit of this window's own.
   */
  const openingIds = useRef<ReadonlySet<string> | null>(null);
  const scheduleLook = useRef<() => void>(() => undefined);
  useEffect(() => {
    latest.current = { annotations, anchoredIds };
    if (openingIds.current === null && annotations !== null)
      openingIds.current = new Set(annotations.map((annotation) => annotation.id));
  });

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null;
    const look = (): void => {
      timer = null;
      const { annotations: list, anchoredIds: anchored } = latest.current;
      // Nothing to go on until both the store and the editor have spoken.
      if (list === null || anchored === null) return;
      const opening = !looked.current;
      const orphans = list.filter(
        (annotation) =>
          !anchored.has(annotation.id) && (!opening || openingIds.current?.has(annotation.id)),
      );
      const text = editor.getEditorState().read(() => $textLayout().text);
      const plan = planReanchoring(text, orphans, states.current, opening);
      looked.current = true;
      states.current = plan.states;
      for (const range of plan.wrap) {
        editor.dispatchCommand(ANCHOR_ANNOTATION_COMMAND, {
          id: range.id,
          range: { start: range.start, end: range.end },
          opening,
        });
      }
    };
    const schedule = (): void => {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(look, SETTLE_MS);
    };
    scheduleLook.current = schedule;
    schedule();
    return mergeRegister(
      editor.registerUpdateListener(({ dirtyElements, dirtyLeaves, tags }) => {
        if (dirtyElements.size === 0 && dirtyLeaves.size === 0) return;
        if (tags.has(HISTORY_MERGE_TAG)) return;
        schedule();
      }),
      () => {
        if (timer !== null) clearTimeout(timer);
      },
    );
  }, [editor]);

  // The list or the marks changed (loaded, a save, a delete): look again once things settle.
  useEffect(() => {
    if (annotations !== null && anchoredIds !== null) scheduleLook.current();
  }, [annotations, anchoredIds]);

  return null;
}
