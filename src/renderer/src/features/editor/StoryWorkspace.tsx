import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '@shared/api';
import type { Story } from '@shared/model';
import { StoryEditor } from '@renderer/editor/StoryEditor';
import { AddToDigestButton } from '@renderer/features/digest/AddToDigestButton';
import { StoryBadges } from '@renderer/features/stories/StoryBadges';
import { AnnotationsProvider } from '@renderer/features/annotations/AnnotationsProvider';
import { useStorySaver } from './useStorySaver';
import { useSavedElsewhere } from './useSavedElsewhere';
import { SaveStatus } from './SaveStatus';
import { StoryMeta } from './StoryMeta';
import { StoryBanners } from './StoryBanners';
import { EdNote, WireDetails } from './WireDetails';
import { HeadlineInput } from './HeadlineInput';
import { StoryFields } from './StoryFields';
import { StoryPanels } from './StoryPanels';

/**
 * One opened story. Keyed by story id and revision: opening another story, or restoring a
 * revision, starts from a clean slate (a new editor, a new undo history).
 */
export function StoryWorkspace({
  story,
  stale,
  onReload,
  onSaved,
}: {
  story: Story;
  /** The wire updated the story since it was loaded here. */
  stale: boolean;
  onReload: () => void;
  onSaved: (answer: ResponseOf<'stories.save'>) => void;
}): React.JSX.Element {
  // Every save re-anchors annotations and may change suggestions and revisions: they reload.
  const [savedVersion, setSavedVersion] = useState(0);
  const saved = useCallback(
    (answer: ResponseOf<'stories.save'>) => {
      setSavedVersion((version) => version + 1);
      onSaved(answer);
    },
    [onSaved],
  );
  const saver = useStorySaver(story, saved);
  const savedElsewhere = useSavedElsewhere(story.id, saver);
  const [headline, setHeadline] = useState(story.headline);
  // Reloading closes this copy first, as opening another story does: typing a wire update kept
  // from saving (a conflict) is saved, not left to a save racing the reload, which showed the
  // text without it. A save that failed keeps the editor, and the typing, on screen.
  const reloadSaved = (): void => {
    void saver.close().then(() => {
      if (!saver.hasPendingChanges) onReload();
    });
  };
  const root = useRef<HTMLElement>(null);

  // A newly opened story starts at its top, not where the previous one was scrolled to.
  useEffect(() => {
    root.current?.closest('.pane')?.scrollTo({ top: 0 });
  }, []);

  return (
    <AnnotationsProvider storyId={story.id} savedVersion={savedVersion}>
      <article ref={root} className="workspace" aria-label={headline}>
        <div className="workspace__bar">
          <div className="workspace__status">
            <SaveStatus saver={saver} />
            <StoryBadges flags={story} className="workspace__badges" />
          </div>
          <AddToDigestButton storyId={story.id} />
        </div>
        <StoryBanners
          story={story}
          stale={stale ? 'wire' : savedElsewhere ? 'window' : null}
          onReload={reloadSaved}
        />
        {story.kicker && <p className="workspace__kicker">{story.kicker}</p>}
        <HeadlineInput
          value={headline}
          onChange={(value) => {
            setHeadline(value);
            saver.headlineChanged(value);
          }}
        />
        <StoryFields story={story} onChange={saver.fieldChanged} />
        <StoryMeta story={story} />
        {story.edNote && <EdNote text={story.edNote} />}
        <WireDetails story={story} />
        <StoryEditor story={story} onBodyChange={saver.bodyChanged}>
          <StoryPanels
            story={story}
            saver={saver}
            savedVersion={savedVersion}
            onRestored={(answer) => {
              onSaved(answer);
              onReload();
            }}
          />
        </StoryEditor>
      </article>
    </AnnotationsProvider>
  );
}
