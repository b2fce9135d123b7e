import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { besideRow, refocusIfDropped } from '@renderer/lib/refocusIfDropped';
import type { DigestItem } from '@shared/model';
import { StoryBadges } from '@renderer/features/stories/StoryBadges';
import type { StoryFlags } from '@renderer/features/stories/storyBadges';

/**
 * Memoised on its item (the provider reuses unchanged item objects): the pane stays mounted,
 * hidden, under the edition board, and every move there must not re-render all its rows.
 */
export const DigestItemRow = memo(function DigestItemRow({
  item,
  flags,
  position,
  active,
  onOpen,
  onRemove,
  timeZone,
}: {
  item: DigestItem;
  /** Null until loaded. */
  flags: StoryFlags | null;
  position: number;
  active: boolean;
  onOpen: (storyId: number) => void;
  onRemove: (itemId: number) => void;
  /** The edition's zone: its times said as on its board (named when not the computer's). */
  timeZone: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const headline = item.headline || t('inbox.untitled');
  const classes = ['digest-item'];
  if (active) classes.push('digest-item--active');
  if (flags?.pubStatus === 'canceled') classes.push('digest-item--canceled');
  return (
    <li
      className={classes.join(' ')}
      data-testid="digest-item"
      data-item-id={item.id}
      data-story-id={item.storyId}
    >
      <span className="digest-item__position" aria-hidden="true">
        {position}
      </span>
      <button
        type="button"
        className="digest-item__open"
        onClick={() => onOpen(item.storyId)}
        aria-current={active ? 'true' : undefined}
      >
        {flags && <StoryBadges flags={flags} className="digest-item__badges" timeZone={timeZone} />}
        <span className="digest-item__headline">{headline}</span>
        {item.source && <span className="digest-item__source">{item.source}</span>}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={(event) => {
          // The row goes: the keyboard goes on from the next row's remove button (else the one
          // before's, else the pane's board button), not from the top of the page.
          const button = event.currentTarget;
          const row = button.closest('li');
          const pane = row?.closest('.digest-view');
          const next = besideRow(row, '.icon-button', () =>
            pane?.querySelector<HTMLElement>('[data-testid="open-edition-board"]'),
          );
          onRemove(item.id);
          refocusIfDropped(next, button);
        }}
        aria-label={t('digest.remove', { headline })}
        title={t('digest.remove', { headline })}
      >
        {t('common.closeGlyph')}
      </button>
    </li>
  );
});
