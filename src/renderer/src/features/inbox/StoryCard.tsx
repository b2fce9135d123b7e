import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorySummary } from '@shared/model';
import { StoryBadges } from '@renderer/features/stories/StoryBadges';
import { formatDay } from '@renderer/features/stories/dates';
import { SimilarGroupFlags } from './SimilarGroupFlags';
import { SimilarStories } from './SimilarStories';

/** Where a card sits in the virtualised inbox (see StoryList); absent in a plain list. */
interface VirtualRow {
  index: number;
  /** The number of stories in the list, or -1 while more may follow (ARIA's "unknown"). */
  setSize: number;
  /** Pixels from the top of the list. */
  start: number;
  measure: (element: HTMLLIElement | null) => void;
}

export function StoryCard({
  story,
  selectedId,
  version,
  onOpen,
  nested = false,
  row,
}: {
  story: StorySummary;
  selectedId: number | null;
  version: number;
  onOpen: (id: number) => void;
  /** A member shown under its group's first story: no toggle of its own. */
  nested?: boolean;
  row?: VirtualRow;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const headlineId = useId();
  const badgesId = useId();
  const metaId = useId();
  const groupId = useId();
  const [expanded, setExpanded] = useState(false);
  const selected = story.id === selectedId;
  const meta = [story.source, story.storyDate ? formatDay(story.storyDate, i18n.language) : null]
    .filter(Boolean)
    .join(' · ');
  const similar = !nested && story.similarCount > 0;
  const classes = ['story-card'];
  if (selected) classes.push('story-card--selected');
  if (story.pubStatus === 'canceled') classes.push('story-card--canceled');
  if (nested) classes.push('story-card--nested');
  if (row) classes.push('story-card--virtual');
  return (
    <li
      className={classes.join(' ')}
      data-testid="story-card"
      data-story-id={story.id}
      ref={row?.measure}
      data-index={row?.index}
      aria-setsize={row?.setSize}
      aria-posinset={row ? row.index + 1 : undefined}
      style={row ? { transform: `translateY(${row.start}px)` } : undefined}
    >
      <button
        type="button"
        className="story-card__open"
        onClick={() => onOpen(story.id)}
        aria-current={selected ? 'true' : undefined}
        aria-labelledby={headlineId}
        aria-describedby={`${badgesId} ${metaId}`}
      >
        <StoryBadges flags={story} id={badgesId} className="story-card__badges" />
        <span className="story-card__headline" id={headlineId} dir="auto">
          {story.headline || t('inbox.untitled')}
        </span>
        {meta && (
          <span className="story-card__meta" id={metaId}>
            {meta}
          </span>
        )}
        {story.excerpt && (
          <span className="story-card__excerpt" dir="auto">
            {story.excerpt}
          </span>
        )}
      </button>
      {similar && (
        <>
          <button
            type="button"
            className="similar-toggle"
            data-testid="similar-toggle"
            aria-expanded={expanded}
            aria-controls={expanded ? groupId : undefined}
            onClick={() => setExpanded((open) => !open)}
            title={expanded ? t('inbox.similarHide') : t('inbox.similarShow')}
          >
            <span aria-hidden="true" className="similar-toggle__mark">
              {expanded ? '▾' : '▸'}
            </span>
            {t('inbox.similarCount', { count: story.similarCount })}
            <SimilarGroupFlags story={story} />
          </button>
          {expanded && (
            <SimilarStories
              id={groupId}
              group={story.similarGroup ?? story.id}
              leadId={story.id}
              selectedId={selectedId}
              version={version}
              onOpen={onOpen}
            />
          )}
        </>
      )}
    </li>
  );
}
