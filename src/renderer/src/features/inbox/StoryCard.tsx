import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorySummary } from '@shared/model';

export function StoryCard({
  story,
  selected,
  onOpen,
}: {
  story: StorySummary;
  selected: boolean;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const headlineId = useId();
  const metaId = useId();
  const meta = [story.source, story.storyDate].filter(Boolean).join(' · ');
  return (
    <li
      className={selected ? 'story-card story-card--selected' : 'story-card'}
      data-testid="story-card"
      data-story-id={story.id}
    >
      <button
        type="button"
        className="story-card__open"
        onClick={() => onOpen(story.id)}
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={headlineId}
        aria-describedby={meta ? metaId : undefined}
      >
        <span className="story-card__headline" id={headlineId}>
          {story.headline || t('inbox.untitled')}
        </span>
        {meta && (
          <span className="story-card__meta" id={metaId}>
            {meta}
          </span>
        )}
        {story.excerpt && <span className="story-card__excerpt">{story.excerpt}</span>}
      </button>
    </li>
  );
}
