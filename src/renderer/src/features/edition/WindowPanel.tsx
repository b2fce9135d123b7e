import { memo, useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WindowStory } from '@shared/model';
import { useDebouncedValue } from '@renderer/lib/useDebouncedValue';
import type { GroupKey } from './boardOrder';
import type { GroupChoice } from './boardActions';
import { WindowRow } from './WindowRow';
import { editionGroups, similarInWindow } from './similarInWindow';
import { WindowFilterBar } from './WindowFilterBar';
import { WindowDragSource, type StartWindowDrag } from './WindowDragSource';
import {
  activeFilterCount,
  NO_FILTERS,
  useWindowStories,
  type WindowFilters,
} from './useWindowStories';

function zoneFormatter(
  language: string,
  timeZone: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat(language, { ...options, timeZone });
  } catch {
    // A zone this browser does not know: the user's own, rather than nothing.
    return new Intl.DateTimeFormat(language, options);
  }
}

export const WindowPanel = memo(function WindowPanel({
  digestId,
  timezone,
  windowStart,
  windowEnd,
  storiesVersion,
  usedKey,
  groupsKey,
  target,
  groups,
  draggingStoryId,
  onTargetChange,
  onAdd,
}: {
  digestId: number;
  timezone: string;
  windowStart: string;
  windowEnd: string;
  storiesVersion: number;
  /** The stories in the edition, as "1,5,9": what "already used" means right now. */
  usedKey: string;
  /** The edition's stories by near-duplicate group (editionGroupsKey). */
  groupsKey: string;
  target: GroupKey;
  groups: readonly GroupChoice[];
  /** The window story being dragged onto the board, if any. */
  draggingStoryId: number | null;
  onTargetChange: (key: GroupKey) => void;
  onAdd: (story: WindowStory) => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const ids = { search: useId(), target: useId(), heading: useId(), filters: useId() };
  const [search, setSearch] = useState('');
  const [filters, setFilters] = useState<WindowFilters>(NO_FILTERS);
  const [showFilters, setShowFilters] = useState(false);
  const [focusId, setFocusId] = useState<number | null>(null);
  const settledSearch = useDebouncedValue(search, 250);
  const used = useMemo(() => new Set(usedKey.split(',').filter(Boolean).map(Number)), [usedKey]);
  const startDragRef = useRef<StartWindowDrag | null>(null);
  const dragSourceReady = useCallback((start: StartWindowDrag) => {
    startDragRef.current = start;
  }, []);
  // Stable for the rows (memoised): it calls what the drag source handed over.
  const onDragPointerDown = useCallback<StartWindowDrag>(
    (event, story) => startDragRef.current?.(event, story),
    [],
  );
  const facetsKey = `${windowStart}|${windowEnd}|${storiesVersion}`;
  const reloadKey = `${facetsKey}|${filters.used ? usedKey : ''}`;
  const { stories, loading, narrowed, total, more, atMost, showMore, facets } = useWindowStories(
    digestId,
    filters,
    settledSearch,
    reloadKey,
    facetsKey,
  );
  const inEdition = useMemo(() => editionGroups(groupsKey), [groupsKey]);
  // After "Show more", the keyboard goes on to the first of the stories it brought.
  const listRef = useRef<HTMLUListElement>(null);
  const focusFrom = useRef<number | null>(null);
  useEffect(() => {
    const from = focusFrom.current;
    if (from === null || !stories || stories.length <= from) return;
    focusFrom.current = null;
    setFocusId(stories[from]!.id);
    listRef.current?.querySelectorAll<HTMLElement>('[data-testid="window-item"]')[from]?.focus();
  }, [stories]);

  const timeFormat = useMemo(
    () =>
      zoneFormatter(i18n.language, timezone, {
        day: 'numeric',
        month: 'short',
        hour: '2-digit',
        minute: '2-digit',
      }),
    [i18n.language, timezone],
  );
  const timeOf = useCallback(
    (story: WindowStory): string | null => {
      const iso = story.wireTime ?? story.receivedAt;
      const at = Date.parse(iso);
      return Number.isNaN(at) ? null : timeFormat.format(at);
    },
    [timeFormat],
  );
  const targetLabel = groups.find((group) => group.key === target)?.label ?? '';
  const filterCount = activeFilterCount(filters);
  const tabbableId =
    stories && stories.some((story) => story.id === focusId) ? focusId : (stories?.[0]?.id ?? null);

  let list: React.JSX.Element;
  if (stories === null) list = <p className="muted pane__note">{t('common.loading')}</p>;
  else if (stories.length === 0)
    list = (
      <div className="empty-state">
        <p className="empty-state__title">
          {settledSearch.trim() || filterCount > 0
            ? t('edition.window.noMatches')
            : t('edition.window.empty')}
        </p>
        <p>{t('edition.window.emptyHint')}</p>
      </div>
    );
  else
    list = (
      <>
        <ul
          ref={listRef}
          className="window-list"
          data-testid="window-list"
          aria-labelledby={ids.heading}
          aria-busy={loading}
          onFocus={(event) => {
            const id = Number((event.target as HTMLElement).dataset.storyId);
            if (Number.isInteger(id) && id > 0) setFocusId(id);
          }}
          onKeyDown={(event) => {
            const row = (event.target as HTMLElement).closest<HTMLElement>(
              '[data-testid="window-item"]',
            );
            if (!row || row !== event.target) return;
            let next: Element | null;
            if (event.key === 'ArrowDown') next = row.nextElementSibling;
            else if (event.key === 'ArrowUp') next = row.previousElementSibling;
            else if (event.key === 'Home') next = row.parentElement?.firstElementChild ?? null;
            else if (event.key === 'End') next = row.parentElement?.lastElementChild ?? null;
            else return;
            event.preventDefault();
            (next as HTMLElement | null)?.focus();
          }}
        >
          {stories.map((story) => {
            const similar = similarInWindow(story, inEdition);
            return (
              <WindowRow
                key={story.id}
                story={story}
                used={used.has(story.id)}
                similarOthers={similar?.others ?? 0}
                similarUsed={similar?.otherUsed ?? false}
                time={timeOf(story)}
                timeZone={timezone}
                targetLabel={targetLabel}
                tabbable={story.id === tabbableId}
                search={settledSearch}
                dragging={story.id === draggingStoryId}
                onAdd={onAdd}
                onDragPointerDown={onDragPointerDown}
              />
            );
          })}
        </ul>
        {more !== null && (
          <button
            type="button"
            className="button button--small window-more"
            data-testid="window-more"
            aria-busy={loading}
            onClick={() => {
              focusFrom.current = stories.length;
              showMore();
            }}
          >
            {t('edition.window.showMore', { count: more })}
          </button>
        )}
        {atMost && (
          <p className="muted pane__note">
            {t('edition.window.mostShown', { count: stories.length })}
          </p>
        )}
      </>
    );

  const range = `${timeFormat.format(Date.parse(windowStart))} – ${timeFormat.format(Date.parse(windowEnd))}`;
  return (
    <section className="edition__window" aria-labelledby={ids.heading}>
      <WindowDragSource onReady={dragSourceReady} />
      <div className="edition-column__head">
        <h2 className="pane__title" id={ids.heading}>
          {t('edition.window.title')}
        </h2>
        <span className="pane__count" aria-live="polite">
          {stories === null
            ? ''
            : !narrowed && total !== null && total > stories.length
              ? t('edition.window.countOf', { count: stories.length, total })
              : more !== null || atMost
                ? t('edition.window.countLimited', { count: stories.length })
                : t('edition.window.count', { count: stories.length })}
        </span>
      </div>
      <p className="edition__range muted" data-testid="window-range">
        {t('edition.window.range', { range, zone: timezone })}
      </p>
      <div className="window-tools">
        <label className="visually-hidden" htmlFor={ids.search}>
          {t('edition.window.search')}
        </label>
        <input
          id={ids.search}
          className="input input--small window-tools__search"
          type="search"
          data-testid="window-search"
          value={search}
          placeholder={t('edition.window.searchPlaceholder')}
          onChange={(event) => setSearch(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'ArrowDown') {
              event.preventDefault();
              document
                .querySelector<HTMLElement>(
                  '[data-testid="window-list"] [data-testid="window-item"]',
                )
                ?.focus();
            }
          }}
        />
        <button
          type="button"
          className={
            filterCount > 0 ? 'button button--small button--pressed' : 'button button--small'
          }
          data-testid="window-filters-toggle"
          aria-expanded={showFilters}
          aria-controls={ids.filters}
          onClick={() => setShowFilters((open) => !open)}
        >
          {filterCount > 0
            ? t('edition.window.filtersActive', { count: filterCount })
            : t('edition.window.filters')}
        </button>
      </div>
      <WindowFilterBar
        id={ids.filters}
        hidden={!showFilters}
        filters={filters}
        facets={facets}
        onChange={setFilters}
      />
      <div className="window-target">
        <label htmlFor={ids.target}>{t('edition.window.target')}</label>
        <select
          id={ids.target}
          className="input input--small"
          data-testid="window-target"
          value={target}
          onChange={(event) => onTargetChange(event.target.value)}
        >
          {groups.map((group) => (
            <option key={group.key} value={group.key}>
              {group.label}
            </option>
          ))}
        </select>
      </div>
      <p className="window-hint muted">{t('edition.window.hint')}</p>
      <div className="edition__window-list">{list}</div>
    </section>
  );
});
