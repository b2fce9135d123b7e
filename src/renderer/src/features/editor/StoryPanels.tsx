import { createPortal } from 'react-dom';
import type { ResponseOf } from '@shared/api';
import type { Story } from '@shared/model';
import { useDrawer } from '@renderer/app/drawer/DrawerContext';
import { PaneErrorBoundary } from '@renderer/app/errors/PaneErrorBoundary';
import { AnnotationsPanel } from '@renderer/features/annotations/AnnotationsPanel';
import { RevisionsPanel } from '@renderer/features/revisions/RevisionsPanel';
import type { StorySaver } from './storySaver';

/**
 * The open story's panels, shown in the right-hand drawer's tabs but rendered from here, inside
 * the story's editor, so that they can act on its text (select a mark, anchor an annotation).
 */
export function StoryPanels({
  story,
  saver,
  savedVersion,
  onRestored,
}: {
  story: Story;
  saver: StorySaver;
  savedVersion: number;
  onRestored: (answer: ResponseOf<'stories.restoreRevision'>) => void;
}): React.JSX.Element {
  const { slots, tab } = useDrawer();
  return (
    <>
      {slots.annotations &&
        createPortal(
          <PaneErrorBoundary>
            <AnnotationsPanel language={story.language} />
          </PaneErrorBoundary>,
          slots.annotations,
        )}
      {slots.revisions &&
        createPortal(
          <PaneErrorBoundary>
            <RevisionsPanel
              story={story}
              saver={saver}
              savedVersion={savedVersion}
              visible={tab === 'revisions'}
              onRestored={onRestored}
            />
          </PaneErrorBoundary>,
          slots.revisions,
        )}
    </>
  );
}
