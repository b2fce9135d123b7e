import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSortable } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { DigestItem } from '@shared/model';
import { StoryBadges } from '@renderer/features/stories/StoryBadges';
import type { StoryFlags } from '@renderer/features/stories/storyBadges';
import type { GroupKey } from './boardOrder';
import type { BoardActions, GroupChoice } from './boardActions';
import { itemDndId } from './dnd';
import { ItemMenu } from './ItemMenu';
import { HeadlineField } from './HeadlineField';
import { ItemOverrides } from './ItemOverrides';

export interface BoardItemProps {
  item: DigestItem;
  flags: StoryFlags | undefined;
  /** The edition's time zone: the badges' times (an embargo) are said in it, as in the window. */
  timeZone: string;
  group: GroupKey;
  index: number;
  canMoveUp: boolean;
  canMoveDown: boolean;
  groups: readonly GroupChoice[];
  actions: BoardActions;
}

/**
 * A row of the board. The outer part follows the drag (dnd-kit re-renders it while things move);
 * the inner part is memoised on its item, so a drag over a 60-item edition repaints transforms,
 * not rows.
 */
export function SortableBoardItem({
  dragLabel,
  dragTitle,
  dropEdge,
  ...props
}: BoardItemProps & {
  dropEdge: 'before' | 'after' | null;
  /** The handle's name and tooltip, worked out by the group (see BoardGroup). */
  dragLabel: string;
  dragTitle: string;
}): React.JSX.Element {
  const { item, group } = props;
  const {
    attributes,
    listeners,
    setNodeRef,
    setActivatorNodeRef,
    transform,
    transition,
    isDragging,
  } = useSortable({ id: itemDndId(item.id), data: { type: 'item', group } });
  const classes = ['board-item'];
  if (isDragging) classes.push('board-item--dragging');
  if (dropEdge) classes.push(`board-item--drop-${dropEdge}`);
  if (item.pubStatus === 'canceled' || props.flags?.pubStatus === 'canceled')
    classes.push('board-item--canceled');
  return (
    <li
      ref={setNodeRef}
      className={classes.join(' ')}
      style={{
        // No transform on a row that stays where it is: a zero translate3d still gives it a
        // compositing layer, and dnd-kit hands one to every row of the dragged item's group.
        transform:
          transform && (transform.x || transform.y) ? CSS.Translate.toString(transform) : undefined,
        transition,
      }}
      data-testid="board-item"
      data-item-id={item.id}
      data-story-id={item.storyId}
    >
      <button
        ref={setActivatorNodeRef}
        type="button"
        className="board-item__handle"
        data-testid="item-drag-handle"
        {...attributes}
        {...listeners}
        aria-label={dragLabel}
        title={dragTitle}
      >
        <span aria-hidden="true">⠿</span>
      </button>
      <BoardItemBody {...props} />
    </li>
  );
}

const BoardItemBody = memo(function BoardItemBody({
  item,
  flags,
  timeZone,
  group,
  index,
  canMoveUp,
  canMoveDown,
  groups,
  actions,
}: BoardItemProps): React.JSX.Element {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const headline = item.headline || t('inbox.untitled');
  const overridden = item.headlineOverride !== null && item.headlineOverride !== '';
  const meta = [
    item.source,
    overridden ? t('edition.item.storyHeadline', { headline: item.storyHeadline }) : null,
    item.summaryOverride ? t('edition.item.ownSummary') : null,
  ]
    .filter(Boolean)
    .join(' · ');
  const shownFlags: StoryFlags = flags ?? {
    pubStatus: item.pubStatus,
    embargoUntil: item.embargoUntil,
    expiresAt: null,
    urgency: null,
    wireConflict: false,
  };
  return (
    <div className="board-item__body">
      <div className="board-item__row">
        <span className="board-item__position" aria-hidden="true">
          {index + 1}
        </span>
        <div className="board-item__text">
          <StoryBadges flags={shownFlags} className="board-item__badges" timeZone={timeZone} />
          <HeadlineField item={item} actions={actions} />
          {meta && <span className="board-item__meta">{meta}</span>}
        </div>
        <div className="board-item__actions">
          <button
            type="button"
            className="icon-button"
            data-testid="item-move-up"
            disabled={!canMoveUp}
            aria-label={t('edition.item.moveUp', { headline })}
            title={t('edition.item.moveUpTitle')}
            onClick={() => actions.step(item.id, -1, 'item-move-up')}
          >
            <span aria-hidden="true">↑</span>
          </button>
          <button
            type="button"
            className="icon-button"
            data-testid="item-move-down"
            disabled={!canMoveDown}
            aria-label={t('edition.item.moveDown', { headline })}
            title={t('edition.item.moveDownTitle')}
            onClick={() => actions.step(item.id, 1, 'item-move-down')}
          >
            <span aria-hidden="true">↓</span>
          </button>
          <button
            type="button"
            className={editing ? 'button button--small button--pressed' : 'button button--small'}
            data-testid="item-edit"
            aria-expanded={editing}
            aria-label={t('edition.item.editLabel', { headline })}
            onClick={() => setEditing((open) => !open)}
          >
            {t('edition.item.edit')}
          </button>
          <ItemMenu
            itemId={item.id}
            storyId={item.storyId}
            headline={headline}
            group={group}
            groups={groups}
            actions={actions}
          />
        </div>
      </div>
      {editing && <ItemOverrides item={item} actions={actions} />}
    </div>
  );
});
