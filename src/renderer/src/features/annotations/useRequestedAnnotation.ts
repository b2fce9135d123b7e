import { useEffect, useState, useSyncExternalStore } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { SELECT_ANNOTATION_COMMAND } from '@renderer/editor/plugins/AnnotationMarksPlugin';
import { useAnnotations } from './AnnotationsContext';
import {
  latestRequest,
  pendingAnnotation,
  settleAnnotation,
  subscribeToRequests,
} from './pendingAnnotation';

/**
 * The annotation a pre-send finding pointed at (pendingAnnotation.ts), selected once the story
 * has it marked: in the text, where the jump shows it, and in the list, opened; or, for quotes
 * no one has marked, the suggestions' heading, focused. Asked again at
 * each new request, so a story already open (kept under the board) takes it too.
 */
export function useRequestedAnnotation(): void {
  const [editor] = useLexicalComposerContext();
  const { storyId, anchoredIds, annotations, setActiveId } = useAnnotations();
  const latest = useSyncExternalStore(subscribeToRequests, latestRequest);
  // The story's pane may still be hidden under the board the request came from: looked at again.
  const [tick, setTick] = useState(0);
  useEffect(() => {
    const request = pendingAnnotation(storyId);
    if (request === null || annotations === null || anchoredIds === null) return;
    if (editor.getRootElement()?.offsetParent == null) {
      const again = setTimeout(() => setTick((count) => count + 1), 100);
      return () => clearTimeout(again);
    }
    settleAnnotation();
    const wanted = request.annotationId;
    if (wanted === null) {
      // The suggestions, for the keyboard to go through them.
      document.getElementById('suggestions-title')?.focus();
      return;
    }
    if (!anchoredIds.has(wanted)) return; // deleted or orphaned since: the list shows why
    setActiveId(wanted);
    editor.dispatchCommand(SELECT_ANNOTATION_COMMAND, wanted);
  }, [editor, storyId, anchoredIds, annotations, setActiveId, latest, tick]);
}
