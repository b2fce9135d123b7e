import { useEffect, useRef, useState } from 'react';
import type { ResponseOf } from '@shared/api';
import type { Story } from '@shared/model';
import { StoryEditor } from '@renderer/editor/StoryEditor';
import { AddToDigestButton } from '@renderer/features/digest/AddToDigestButton';
import { useStorySaver } from './useStorySaver';
import { SaveStatus } from './SaveStatus';
import { StoryMeta } from './StoryMeta';
import { HeadlineInput } from './HeadlineInput';

/** One opened story. Keyed by story id: opening another story starts from a clean slate. */
export function StoryWorkspace({
  story,
  onSaved,
}: {
  story: Story;
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
        <SaveStatus state={state} />
        <AddToDigestButton storyId={story.id} />
      </div>
      <HeadlineInput
        value={headline}
        onChange={(value) => {
          setHeadline(value);
          saver.headlineChanged(value);
        }}
      />
      <StoryMeta story={story} />
      <StoryEditor story={story} onBodyChange={saver.bodyChanged} />
    </article>
  );
}
