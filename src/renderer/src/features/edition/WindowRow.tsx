import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowStory } from '@shared/model';
import { StoryBadges } from '@renderer/features/stories/StoryBadges';
import type { StartWindowDrag } from './WindowDragSource';
import { highlightTerms, snippetParts, type SnippetPart } from './text';

function Marked({
  parts,
  className,
}: {
  parts: SnippetPart[];
  className: string;
}): React.JSX.Element {
  return (
    <span className={className}>
      {parts.map((part, index) =>
        part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
      )}
    </span>
  );
}

/**
 * A story of the window. The mouse drags it onto the board; the keyboard adds it (Enter or A on
 * the focused row) to the section chosen above the list.
 */
export const WindowRow = memo(function WindowRow({
  story,
  used,
  similarOthers,
  similarUsed,
  time,
  timeZone,
  targetLabel,
  tabbable,
  search,
  dragging,
  onAdd,
  onDragPointerDown,
}: {
  story: WindowStory;
  used: boolean;
  /** Near-duplicates of this story the window lists beside it (similarInWindow). */
  similarOthers: number;
  /** One of them is in the edition already. */
  similarUsed: boolean;
  /** The wire time in the edition's time zone, formatted. */
  time: string | null;
  /** The edition's time zone, for the times in the row's badges too. */
  timeZone: string;
  targetLabel: string;
  /** The one row of the list that Tab reaches (arrow keys move between rows). */
  tabbable: boolean;
  /** The search the list answers, to mark its words in the headline. */
  search: string;
  /** This row's story is being dragged onto the board. */
  dragging: boolean;
  onAdd: (story: WindowStory) => void;
  onDragPointerDown: StartWindowDrag;
}): React.JSX.Element {
  const { t } = useTranslation();
  const headline = story.headline || t('inbox.untitled');
  const meta = [time, story.source, story.language?.toUpperCase()].filter(Boolean).join(' · ');
  const classes = ['window-row'];
  if (used) classes.push('window-row--used');
  if (dragging) classes.push('window-row--dragging');
  if (story.pubStatus === 'canceled') classes.push('window-row--canceled');
  return (
    <li
      className={classes.join(' ')}
      data-testid="window-item"
      data-story-id={story.id}
      data-used={used ? 'true' : undefined}
      tabIndex={tabbable ? 0 : -1}
      aria-label={used ? t('edition.window.rowUsed', { headline }) : headline}
      aria-keyshortcuts={used ? undefined : 'Enter A'}
      // Only the pointer starts a drag here: the keyboard has Enter / A, which is quicker.
      onPointerDown={(event) => {
        if (!used) onDragPointerDown(event, story);
      }}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget || event.altKey || event.ctrlKey || event.metaKey)
          return;
        // KeyA is the A key whatever the layout (Bulgarian phonetic or BDS gives "а" or "ь").
        if (event.key === 'Enter' || event.code === 'KeyA') {
          event.preventDefault();
          if (!used) onAdd(story);
        }
      }}
    >
      <div className="window-row__text">
        <StoryBadges flags={story} className="window-row__badges" timeZone={timeZone} />
        <Marked className="window-row__headline" parts={highlightTerms(headline, search)} />
        {meta && <span className="window-row__meta">{meta}</span>}
        {similarOthers > 0 && (
          <span
            className={`window-row__similar${similarUsed && !used ? ' window-row__similar--used' : ''}`}
            data-testid="window-similar"
          >
            {t('edition.window.similar', { count: similarOthers })}
            {similarUsed && !used && ` · ${t('edition.window.similarUsed')}`}
          </span>
        )}
        {story.snippet ? (
          <Marked className="window-row__snippet" parts={snippetParts(story.snippet)} />
        ) : (
          story.excerpt && <span className="window-row__excerpt">{story.excerpt}</span>
        )}
      </div>
      {used ? (
        <span className="window-row__used">{t('edition.window.used')}</span>
      ) : (
        <button
          type="button"
          className="button button--small window-row__add"
          data-testid="window-add"
          tabIndex={-1}
          aria-label={t('edition.window.addTo', { headline, section: targetLabel })}
          title={t('edition.window.addTo', { headline, section: targetLabel })}
          onClick={() => onAdd(story)}
        >
          {t('edition.window.add')}
        </button>
      )}
    </li>
  );
});
