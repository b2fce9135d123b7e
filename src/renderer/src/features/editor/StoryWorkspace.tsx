import { useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '@shared/api';
import type { Story } from '@shared/model';
import { StoryEditor } from '@renderer/editor/StoryEditor';
import { AddToDigestButton } from '@renderer/features/digest/AddToDigestButton';
import { StoryBadges } from '@renderer/features/stories/StoryBadges';
import { useStorySaver } from './useStorySaver';
import { SaveStatus } from './SaveStatus';
import { StoryMeta } from './StoryMeta';
import { StoryBanners } from './StoryBanners';
import { EdNote, WireDetails } from './WireDetails';
import { HeadlineInput } from './HeadlineInput';

/** One opened story. Keyed by story id: opening another story starts from a clean slate. */
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
  const { saver, state } = useStorySaver(story, onSaved);
  const [headline, setHeadline] = useState(story.headline);
  const root = useRef<HTMLElement>(null);

  // A newly opened story starts at its top, not where the previous one was scrolled to.
  useEffect(() => {
    root.current?.closest('.pane')?.scrollTo({ top: 0 });
  }, []);

  return (
    <article ref={root} className="workspace" aria-label={headline}>
      <div className="workspace__bar">
        <div className="workspace__status">
          <SaveStatus state={state} />
          <StoryBadges flags={story} className="workspace__badges" />
        </div>
        <AddToDigestButton storyId={story.id} />
      </div>
      <StoryBanners story={story} stale={stale} onReload={onReload} />
      {story.kicker && <p className="workspace__kicker">{story.kicker}</p>}
      <HeadlineInput
        value={headline}
        onChange={(value) => {
          setHeadline(value);
          saver.headlineChanged(value);
        }}
      />
      {story.summary && (
        <p className="workspace__standfirst" title={story.summary}>
          {story.summary}
        </p>
      )}
      <StoryMeta story={story} />
      {story.edNote && <EdNote text={story.edNote} />}
      <WireDetails story={story} />
      <StoryEditor story={story} onBodyChange={saver.bodyChanged} />
    </article>
  );
}
