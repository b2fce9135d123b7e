import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  DragOverlay,
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Active,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type Over,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Digest, WindowStory } from '@shared/model';
import { call } from '@renderer/api/client';
import type { FlagsById } from '@renderer/features/digest/storyFlags';
import {
  boardOrderOf,
  findGroup,
  groupKey,
  LEAD_KEY,
  moveInOrder,
  placeOf,
  sameOrder,
  sectionIdOf,
  sortedSections,
  withOrder,
  type BoardOrder,
  type GroupKey,
} from './boardOrder';
import type { GroupChoice } from './boardActions';
import { BoardGroup } from './BoardGroup';
import { AddSectionForm } from './AddSectionForm';
import { boardCollision, parseDndId, type DndTarget } from './dnd';
import { focusSectionControl } from './focus';
import type { EditionChanges } from './useEditionChanges';
import { keyboardDrop, storyDropAt, type StoryDrop } from './dropPlacement';
import { useBoardAnnouncements } from './useBoardAnnouncements';
import { useBoardItemActions } from './useBoardItemActions';
import { WindowPanel } from './WindowPanel';

// Drop places are measured while a drag lasts (and again when a row changes group meanwhile),
// not always: measuring all of them after every drop and every answer from main cost the drop a
// frame on a 60-item edition.
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
// Scroll the board only near its very edges: a drop on the last section should not run away.
const AUTO_SCROLL = { threshold: { x: 0, y: 0.1 } };

interface Latest {
  digest: Digest;
  order: BoardOrder;
  base: BoardOrder;
  groups: GroupChoice[];
  target: GroupKey;
  /** The headline of the window story being dragged, for the announcements. */
  activeStoryHeadline: string | null;
  /** The drag was started from the keyboard. */
  keyboard: boolean;
}

/**
 * The window of stories and the board, in one drag-and-drop context: stories are dragged from
 * the window onto the board, items within and between the lead and the sections. Every drop asks
 * main to make the move and shows main's answer; the board shows the move at once meanwhile.
 */
export const EditionBoard = memo(function EditionBoard({
  digest,
  flags,
  storiesVersion,
  changes,
}: {
  digest: Digest;
  flags: FlagsById;
  storiesVersion: number;
  changes: EditionChanges;
}): React.JSX.Element {
  const { t } = useTranslation();
  const base = useMemo(() => boardOrderOf(digest), [digest]);
  const [draft, setDraft] = useState<BoardOrder | null>(null);
  const order = draft ?? base;
  const [active, setActive] = useState<DndTarget | null>(null);
  const [activeStory, setActiveStory] = useState<WindowStory | null>(null);
  const [storyDrop, setStoryDrop] = useState<StoryDrop | null>(null);
  const [chosenTarget, setTarget] = useState<GroupKey>(LEAD_KEY);
  const [message, setMessage] = useState('');
  // The board's element, for "is the pointer over the board" (state: the collision rule needs it).
  const [boardElement, setBoardElement] = useState<HTMLDivElement | null>(null);

  const itemsById = useMemo(
    () => new Map(digest.items.map((item) => [item.id, item])),
    [digest.items],
  );
  // On the sections alone (the provider keeps the same array while they are unchanged): a new
  // `groups` would re-render every row of the board after each move.
  const digestSections = digest.sections;
  const sections = useMemo(() => sortedSections({ sections: digestSections }), [digestSections]);
  const groups = useMemo<GroupChoice[]>(
    () => [
      { key: LEAD_KEY, label: t('edition.lead') },
      ...sections.map((section) => ({ key: groupKey(section.id), label: section.name })),
    ],
    [sections, t],
  );
  const target = order.groups.includes(chosenTarget) ? chosenTarget : LEAD_KEY;
  const usedKey = useMemo(
    () => [...new Set(digest.items.map((item) => item.storyId))].sort((a, b) => a - b).join(','),
    [digest.items],
  );

  // What the callbacks below need at the moment they run (they are stable, the state is not).
  const latest = useRef<Latest>({
    digest,
    order,
    base,
    groups,
    target,
    activeStoryHeadline: null,
    keyboard: false,
  });
  useLayoutEffect(() => {
    Object.assign(latest.current, { digest, order, base, groups, target });
  });

  const labelOf = useCallback(
    (key: GroupKey) => latest.current.groups.find((group) => group.key === key)?.label ?? '',
    [],
  );
  const headlineOf = useCallback(
    (itemId: number) => {
      const item = latest.current.digest.items.find((entry) => entry.id === itemId);
      return item?.headline || t('inbox.untitled');
    },
    [t],
  );

  const announceMove = useCallback(
    (itemId: number, group: GroupKey, index: number, size: number) =>
      setMessage(
        t('edition.announce.moved', {
          headline: headlineOf(itemId),
          position: index + 1,
          count: size,
          group: labelOf(group),
        }),
      ),
    [t, headlineOf, labelOf],
  );

  /** Asks main to put an item at `index` of `group`, showing `picture` meanwhile. */
  const commitMove = useCallback(
    (itemId: number, group: GroupKey, index: number, picture: Digest) => {
      const digestId = picture.id;
      void changes.run(
        () =>
          call('digests.moveItem', {
            digestId,
            itemId,
            sectionId: sectionIdOf(group),
            position: index,
          }),
        picture,
      );
    },
    [changes],
  );

  const actions = useBoardItemActions({
    latest,
    changes,
    commitMove,
    announceMove,
    headlineOf,
    setMessage,
  });

  const addSection = useCallback(
    (name: string, named: boolean) => {
      const digestId = latest.current.digest.id;
      void changes
        .run(() => call('digests.addSection', { digestId, name }))
        .then((answer) => {
          if (!answer) return;
          const added = sortedSections(answer).at(-1);
          if (!added) return;
          setMessage(t('edition.announce.sectionAdded', { name: added.name }));
          // A section added without a name is ready to be named.
          if (!named) focusSectionControl(added.id, 'section-name', true);
        });
    },
    [changes, t],
  );

  /** Adds a story to a group, at `index` if given (else at its end). */
  const addStory = useCallback(
    (story: WindowStory, group: GroupKey, index?: number) => {
      const digestId = latest.current.digest.id;
      const sectionId = sectionIdOf(group);
      void changes
        .run(async () => {
          const added = await call('digests.addStory', {
            digestId,
            storyIds: [story.id],
            sectionId,
          });
          const item = added.items.find((entry) => entry.storyId === story.id);
          const size = added.items.filter((entry) => entry.sectionId === sectionId).length;
          if (!item || index === undefined || index >= size - 1) return added;
          return call('digests.moveItem', {
            digestId,
            itemId: item.id,
            sectionId,
            position: index,
          });
        })
        .then((answer) => {
          if (answer)
            setMessage(
              t('edition.announce.added', {
                headline: story.headline || t('inbox.untitled'),
                group: labelOf(group),
              }),
            );
        });
    },
    [changes, t, labelOf],
  );

  const addToTarget = useCallback(
    (story: WindowStory) => addStory(story, latest.current.target),
    [addStory],
  );

  // Drag and drop.
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const collisionDetection = useMemo(() => boardCollision(() => boardElement), [boardElement]);

  const keyboardDropOf = useCallback(
    (itemId: number, over: Over | null) => keyboardDrop(latest.current.order, itemId, over),
    [],
  );

  const storyDropOf = useCallback(
    (activeThing: Active, over: Over | null) =>
      storyDropAt(latest.current.order, activeThing, over),
    [],
  );

  const { announcements, screenReaderInstructions } = useBoardAnnouncements({
    latest,
    headlineOf,
    labelOf,
    keyboardDropOf,
  });

  const onDragStart = useCallback(({ active: dragged, activatorEvent }: DragStartEvent) => {
    const thing = parseDndId(dragged.id);
    latest.current.keyboard = activatorEvent instanceof KeyboardEvent;
    setActive(thing);
    if (thing?.kind === 'story') {
      const story = (dragged.data.current as { story?: WindowStory } | undefined)?.story ?? null;
      setActiveStory(story);
      latest.current.activeStoryHeadline = story?.headline ?? '';
    }
  }, []);

  const onDragOver = useCallback(
    ({ active: dragged, over }: DragOverEvent) => {
      const thing = parseDndId(dragged.id);
      if (thing?.kind === 'story') {
        setStoryDrop(storyDropOf(dragged, over));
        return;
      }
      if (thing?.kind === 'item' && latest.current.keyboard) {
        setStoryDrop(keyboardDropOf(thing.id, over));
        return;
      }
      if (thing?.kind !== 'item') return;
      const order = latest.current.order;
      // Into the other list before or after the item, by which half the pointer is over.
      const drop = storyDropAt(order, dragged, over);
      const from = findGroup(order, thing.id);
      if (!drop || from === null || drop.group === from) return;
      setDraft(moveInOrder(order, thing.id, drop.group, drop.index));
    },
    [storyDropOf, keyboardDropOf],
  );

  const onDragMove = useCallback(
    ({ active: dragged, over }: DragMoveEvent) => {
      if (parseDndId(dragged.id)?.kind !== 'story') return;
      const next = storyDropOf(dragged, over);
      setStoryDrop((previous) =>
        previous?.group === next?.group && previous?.index === next?.index ? previous : next,
      );
    },
    [storyDropOf],
  );

  const finish = useCallback(() => {
    setDraft(null);
    setActive(null);
    setActiveStory(null);
    setStoryDrop(null);
    latest.current.activeStoryHeadline = null;
    latest.current.keyboard = false;
  }, []);

  const onDragEnd = useCallback(
    ({ active: dragged, over }: DragEndEvent) => {
      const thing = parseDndId(dragged.id);
      const { order, base: before, digest: current } = latest.current;
      if (thing?.kind === 'story') {
        const drop = storyDropOf(dragged, over);
        const story = (dragged.data.current as { story?: WindowStory } | undefined)?.story;
        finish();
        if (drop && story) addStory(story, drop.group, drop.index);
        return;
      }
      const byKeyboard =
        thing?.kind === 'item' && latest.current.keyboard ? keyboardDropOf(thing.id, over) : null;
      finish();
      if (thing?.kind !== 'item' || !over) return;
      if (byKeyboard) {
        const moved = moveInOrder(order, thing.id, byKeyboard.group, byKeyboard.index);
        commitMove(thing.id, byKeyboard.group, byKeyboard.index, withOrder(current, moved));
        return;
      }
      let final = order;
      const place = parseDndId(over.id);
      if (place?.kind === 'item' && place.id !== thing.id) {
        const group = findGroup(order, place.id);
        if (group !== null && group === findGroup(order, thing.id))
          final = moveInOrder(order, thing.id, group, order.items[group]!.indexOf(place.id));
      }
      if (sameOrder(final, before)) return;
      const at = placeOf(final, thing.id);
      if (!at) return;
      commitMove(thing.id, at.group, at.index, withOrder(current, final));
    },
    [finish, addStory, commitMove, storyDropOf, keyboardDropOf],
  );

  const activeItem = active?.kind === 'item' ? itemsById.get(active.id) : undefined;
  const lastGroup = order.groups.at(-1);

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      measuring={MEASURING}
      autoScroll={AUTO_SCROLL}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragMove={onDragMove}
      onDragEnd={onDragEnd}
      onDragCancel={finish}
    >
      <WindowPanel
        digestId={digest.id}
        timezone={digest.timezone}
        windowStart={digest.windowStart}
        windowEnd={digest.windowEnd}
        storiesVersion={storiesVersion}
        usedKey={usedKey}
        target={target}
        groups={groups}
        draggingStoryId={activeStory?.id ?? null}
        onTargetChange={setTarget}
        onAdd={addToTarget}
      />
      <div className="edition__board-cell">
        <div
          className={activeStory ? 'edition__board edition__board--receiving' : 'edition__board'}
          ref={setBoardElement}
          aria-label={t('edition.boardLabel')}
          role="region"
        >
          {order.groups.map((key, index) => {
            const sectionId = sectionIdOf(key);
            const section =
              sectionId === null ? null : (sections.find((s) => s.id === sectionId) ?? null);
            return (
              <BoardGroup
                key={key}
                groupKey={key}
                section={section}
                sectionIndex={index - 1}
                sectionCount={sections.length}
                ids={order.items[key]!}
                itemsById={itemsById}
                flags={flags}
                first={index === 0}
                last={key === lastGroup}
                storyDrop={storyDrop?.group === key ? storyDrop.index : null}
                groups={groups}
                actions={actions}
              />
            );
          })}
          <AddSectionForm onAdd={addSection} />
          <div className="visually-hidden" role="status" aria-live="polite">
            {message}
          </div>
        </div>
      </div>
      <DragOverlay dropAnimation={null}>
        {activeItem ? (
          <div className="drag-card">{activeItem.headline || t('inbox.untitled')}</div>
        ) : activeStory ? (
          <div className="drag-card drag-card--story">
            {activeStory.headline || t('inbox.untitled')}
          </div>
        ) : null}
      </DragOverlay>
    </DndContext>
  );
});
