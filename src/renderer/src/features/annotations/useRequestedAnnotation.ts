import { useEffect } from 'react';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { SELECT_ANNOTATION_COMMAND } from '@renderer/editor/plugins/AnnotationMarksPlugin';
import { useAnnotations } from './AnnotationsContext';
import { pendingAnnotation, settleAnnotation } from './pendingAnnotation';

/**
 * The annotation a pre-send finding pointed at (pendingAnnotation.ts), selected once the story
 * has it marked: in the text, where the jump shows it, and in the list, opened.
 */
export function useRequestedAnnotation(): void {
  const [editor] = useLexicalComposerContext();
  const { storyId, anchoredIds, annotations, setActiveId } = useAnnotations();
  useEffect(() => {
    const wanted = pendingAnnotation(storyId);
    if (wanted === null || annotations === null || anchoredIds === null) return;
    settleAnnotation();
    if (!anchoredIds.has(wanted)) return; // deleted or orphaned since: the list shows why
    setActiveId(wanted);
    editor.dispatchCommand(SELECT_ANNOTATION_COMMAND, wanted);
  }, [editor, storyId, anchoredIds, annotations, setActiveId]);
}
