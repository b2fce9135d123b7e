import { memo, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { DigestItem, DigestSection } from '@shared/model';
import type { FlagsById } from '@renderer/features/digest/storyFlags';
import type { GroupKey } from './boardOrder';
import type { BoardActions, GroupChoice } from './boardActions';
import { groupDndId, itemDndId } from './dnd';
import { SortableBoardItem } from './BoardItem';
import { SectionHead } from './SectionHead';

export interface BoardGroupProps {
  groupKey: GroupKey;
  /** null: the lead. */
  section: DigestSection | null;
  sectionIndex: number;
  sectionCount: number;
  /** The item ids in order: the same array as long as this group is untouched (shareOrder). */
  ids: readonly number[];
  itemsById: ReadonlyMap<number, DigestItem>;
  flags: FlagsById;
  /** The edition's time zone, for the times in the rows' badges. */
  timeZone: string;
  /** This group is the first / the last on the board (for Move up / Move down). */
  first: boolean;
  last: boolean;
  /** Where a story dragged from the window would land in this group, if here. */
  storyDrop: number | null;
  groups: readonly GroupChoice[];
  actions: BoardActions;
}

/**
 * An empty group, a drop place itself (a group with items is reached through its items). Apart
 * from the group: whatever uses dnd-kit's context re-renders at every step of a drag, and the
 * groups with items, their heads included, need not.
 */
function EmptyGroup({
  groupKey,
  receiving,
  text,
}: {
  groupKey: GroupKey;
  /** A story from the window would land here. */
  receiving: boolean;
  text: string;
}): React.JSX.Element {
  const { setNodeRef, isOver } = useDroppable({
    id: groupDndId(groupKey),
    data: { type: 'group', group: groupKey },
  });
  return (
    <div
      ref={setNodeRef}
      className={
        isOver || receiving ? 'board-group__empty board-group__empty--over' : 'board-group__empty'
      }
    >
      {text}
    </div>
  );
}

/**
 * A group re-renders when its own props change, its rows' items and flags included, but not
 * because main answered a change elsewhere: `itemsById` and `flags` are new maps with every
 * answer, so only the entries of this group's rows are compared (the provider keeps unchanged
 * item and flag objects).
 */
export function sameGroupProps(before: BoardGroupProps, after: BoardGroupProps): boolean {
  for (const key of Object.keys(after) as (keyof BoardGroupProps)[])
    if (key !== 'itemsById' && key !== 'flags' && before[key] !== after[key]) return false;
  return after.ids.every((id) => {
    const item = after.itemsById.get(id);
    return (
      before.itemsById.get(id) === item &&
      (item === undefined || before.flags.get(item.storyId) === after.flags.get(item.storyId))
    );
  });
}

export const BoardGroup = memo(function BoardGroup({
  groupKey,
  section,
  sectionIndex,
  sectionCount,
  ids,
  itemsById,
  flags,
  timeZone,
  first,
  last,
  storyDrop,
  groups,
  actions,
}: BoardGroupProps): React.JSX.Element {
  const { t } = useTranslation();
  const headingId = useId();
  const sortableIds = useMemo(() => ids.map(itemDndId), [ids]);
  // The rows' handle labels, here rather than in each row: every row re-renders at each step of
  // a drag (dnd-kit's context changes), and i18next's hook and t() cost tens of microseconds.
  const dragLabels = useMemo(
    () =>
      new Map(
        ids.map((id) => [
          id,
          t('edition.item.drag', { headline: itemsById.get(id)?.headline || t('inbox.untitled') }),
        ]),
      ),
    [ids, itemsById, t],
  );
  const dragTitle = t('edition.item.dragTitle');
  const classes = ['board-group'];
  if (section === null) classes.push('board-group--lead');
  return (
    <section
      className={classes.join(' ')}
      data-testid={section === null ? 'lead' : 'section'}
      data-section-id={section?.id}
      data-group={groupKey}
      aria-labelledby={headingId}
    >
      {section === null ? (
        <div className="section-head">
          <div className="section-head__row">
            <h3 className="section-head__lead" id={headingId}>
              {t('edition.lead')}
            </h3>
            <span className="section-head__count">
              {t('edition.section.count', { count: ids.length })}
            </span>
          </div>
        </div>
      ) : (
        <SectionHead
          section={section}
          index={sectionIndex}
          sectionCount={sectionCount}
          itemCount={ids.length}
          actions={actions}
          headingId={headingId}
        />
      )}
      <SortableContext id={groupKey} items={sortableIds} strategy={verticalListSortingStrategy}>
        {ids.length === 0 ? (
          <EmptyGroup
            groupKey={groupKey}
            receiving={storyDrop !== null}
            text={section === null ? t('edition.leadEmpty') : t('edition.section.empty')}
          />
        ) : (
          <ol className="board-group__items" aria-labelledby={headingId}>
            {ids.map((id, index) => {
              const item = itemsById.get(id);
              if (!item) return null;
              let dropEdge: 'before' | 'after' | null = null;
              if (storyDrop === index) dropEdge = 'before';
              else if (storyDrop === ids.length && index === ids.length - 1) dropEdge = 'after';
              return (
                <SortableBoardItem
                  key={id}
                  item={item}
                  flags={flags.get(item.storyId)}
                  timeZone={timeZone}
                  group={groupKey}
                  index={index}
                  canMoveUp={!(first && index === 0)}
                  canMoveDown={!(last && index === ids.length - 1)}
                  groups={groups}
                  actions={actions}
                  dropEdge={dropEdge}
                  dragLabel={dragLabels.get(id) ?? ''}
                  dragTitle={dragTitle}
                />
              );
            })}
          </ol>
        )}
      </SortableContext>
    </section>
  );
}, sameGroupProps);
