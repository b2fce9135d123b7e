import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { StoryCard } from './StoryCard';
import type { StoryPages } from './useStoryPages';
import { useRowKeys } from './useRowKeys';

/** A card's usual height with its gap; real heights are measured as cards render. */
const ESTIMATED_ROW_PX = 104;
const GAP_PX = 8;
/** Cards rendered beyond the visible ones, so that a fast scroll does not show blank rows. */
const OVERSCAN = 6;
/** The next page is asked for when this few loaded cards remain below the visible ones. */
const LOAD_AHEAD = 20;

/**
 * The inbox as a virtualised list: only the cards in view (and a few around) are in the DOM,
 * however many stories the archive holds, and the next page is loaded as the editor nears the
 * end of the loaded ones. Rows keep their ARIA position (aria-posinset / aria-setsize, -1 while
 * the end is not known yet) so that a screen reader still says "12 of 340".
 */
export function StoryList({
  pages,
  selectedId,
  version,
  onOpen,
}: {
  pages: StoryPages;
  selectedId: number | null;
  version: number;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { stories, search, complete, loadMore } = pages;
  const scroller = useRef<HTMLDivElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const loaded = stories?.length ?? 0;
  // One more row than loaded while more may follow: it says "loading" at the very end.
  const count = loaded + (complete || loaded === 0 ? 0 : 1);

  const [focused, setFocused] = useState<number | null>(null);
  // The virtualiser hands out new functions every render; the compiler leaves this component
  // unmemoised, which is what a list that follows the scroll position needs anyway.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ESTIMATED_ROW_PX,
    gap: GAP_PX,
    overscan: OVERSCAN,
    getItemKey: (index) => stories?.[index]?.id ?? 'more',
    // The focused card stays rendered while scrolled away, or focus would fall to the page.
    rangeExtractor: useCallback(
      (range: Range) => {
        const indexes = defaultRangeExtractor(range);
        if (focused === null || focused >= range.count || indexes.includes(focused)) return indexes;
        return [...indexes, focused].sort((a, b) => a - b);
      },
      [focused],
    ),
  });
  const scrollTo = useCallback(
    (index: number) => virtualizer.scrollToIndex(index, { align: 'auto' }),
    [virtualizer],
  );
  const keys = useRowKeys(list, loaded, scrollTo, setFocused);

  const rows = virtualizer.getVirtualItems();
  const lastShown = rows.at(-1)?.index ?? -1;
  useEffect(() => {
    if (!complete && loaded > 0 && lastShown >= loaded - LOAD_AHEAD) loadMore();
  }, [complete, loaded, lastShown, loadMore]);

  // A new search starts at the top of its results.
  useEffect(() => {
    scroller.current?.scrollTo({ top: 0 });
  }, [search]);

  if (stories === null) return <p className="muted pane__note">{t('common.loading')}</p>;
  if (stories.length === 0) {
    return search ? (
      <p className="empty-state" data-search={search}>
        {t('inbox.noMatches', { search })}
      </p>
    ) : (
      <div className="empty-state">
        <p className="empty-state__title">{t('inbox.emptyTitle')}</p>
        <p>{t('inbox.emptyHint')}</p>
        <p>{t('inbox.emptyPasteHint')}</p>
        <p>{t('inbox.emptySourcesHint')}</p>
      </div>
    );
  }
  const setSize = complete ? loaded : -1;
  return (
    <div className="story-scroller" ref={scroller} data-testid="story-scroller">
      <ul
        ref={list}
        className="story-list"
        role="list"
        aria-label={t('inbox.listLabel')}
        data-search={search}
        style={{ height: virtualizer.getTotalSize() }}
        onFocus={keys.onFocus}
        onKeyDown={keys.onKeyDown}
      >
        {rows.map((row) => {
          const story = stories[row.index];
          if (!story) {
            return (
              <li
                key={row.key}
                ref={virtualizer.measureElement}
                data-index={row.index}
                className="story-list__more muted"
                style={{ transform: `translateY(${row.start}px)` }}
              >
                {t('common.loading')}
              </li>
            );
          }
          return (
            <StoryCard
              key={row.key}
              story={story}
              selectedId={selectedId}
              version={version}
              onOpen={onOpen}
              row={{
                index: row.index,
                setSize,
                start: row.start,
                measure: virtualizer.measureElement,
              }}
            />
          );
        })}
      </ul>
    </div>
  );
}
