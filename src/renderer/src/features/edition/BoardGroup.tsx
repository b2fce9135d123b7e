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
  /** The item ids in order: the same array as long as this group is untouched. */
  ids: readonly number[];
  itemsById: ReadonlyMap<number, DigestItem>;
  flags: FlagsById;
  /** This group is the first / the last on the board (for Move up / Move down). */
  first: boolean;
  last: boolean;
  /** Where a story dragged from the window would land in this group, if here. */
  storyDrop: number | null;
  groups: readonly GroupChoice[];
  actions: BoardActions;
}

export const BoardGroup = memo(function BoardGroup({
  groupKey,
  section,
  sectionIndex,
  sectionCount,
  ids,
  itemsById,
  flags,
  first,
  last,
  storyDrop,
  groups,
  actions,
}: BoardGroupProps): React.JSX.Element {
  const { t } = useTranslation();
  const headingId = useId();
  const sortableIds = useMemo(() => ids.map(itemDndId), [ids]);
  // A group with items is reached through its items; an empty one is a drop place itself.
  const { setNodeRef, isOver } = useDroppable({
    id: groupDndId(groupKey),
    disabled: ids.length > 0,
    data: { type: 'group', group: groupKey },
  });
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
          <div
            ref={setNodeRef}
            className={
              isOver || storyDrop !== null
                ? 'board-group__empty board-group__empty--over'
                : 'board-group__empty'
            }
          >
            {section === null ? t('edition.leadEmpty') : t('edition.section.empty')}
          </div>
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
                  group={groupKey}
                  index={index}
                  canMoveUp={!(first && index === 0)}
                  canMoveDown={!(last && index === ids.length - 1)}
                  groups={groups}
                  actions={actions}
                  dropEdge={dropEdge}
                />
              );
            })}
          </ol>
        )}
      </SortableContext>
    </section>
  );
});
