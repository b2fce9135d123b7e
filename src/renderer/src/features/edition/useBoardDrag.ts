import { useCallback, useMemo, useRef, useState, type RefObject } from 'react';
import {
  KeyboardSensor,
  MeasuringStrategy,
  PointerSensor,
  useSensor,
  useSensors,
  type Active,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
  type Over,
  type SensorDescriptor,
  type SensorOptions,
} from '@dnd-kit/core';
import { sortableKeyboardCoordinates } from '@dnd-kit/sortable';
import type { Digest, WindowStory } from '@shared/model';
import {
  findGroup,
  moveInOrder,
  placeOf,
  sameOrder,
  withOrder,
  type BoardOrder,
  type GroupKey,
} from './boardOrder';
import { boardCollision, parseDndId, type DndTarget } from './dnd';
import { keyboardDrop, storyDropAt, type StoryDrop } from './dropPlacement';

// Drop places are measured while a drag lasts (and again when a row changes group meanwhile),
// not always: measuring all of them after every drop and every answer from main cost the drop a
// frame on a 60-item edition.
const MEASURING = { droppable: { strategy: MeasuringStrategy.WhileDragging } };
// Scroll the board only near its very edges: a drop on the last section should not run away.
const AUTO_SCROLL = { threshold: { x: 0, y: 0.1 } };

interface Needs {
  /** What the handlers need at the moment they run (they are stable, the board is not). */
  latest: RefObject<{ digest: Digest; order: BoardOrder; base: BoardOrder }>;
  /** The board's element: a drop counts only over it. */
  boardElement: HTMLElement | null;
  addStory: (story: WindowStory, group: GroupKey, index?: number) => void;
  commitMove: (itemId: number, group: GroupKey, index: number, picture: Digest) => void;
  /** Shows an order while an item is dragged into another group, before it is dropped. */
  setDraft: (order: BoardOrder | null) => void;
}

/** What the drag under way is, for the handlers and the announcements as they run. */
export interface DragSession {
  /** The headline of the window story being dragged. */
  storyHeadline: string | null;
  /** The drag was started from the keyboard. */
  keyboard: boolean;
}

export interface BoardDrag {
  session: RefObject<DragSession>;
  active: DndTarget | null;
  /** The window story being dragged. */
  activeStory: WindowStory | null;
  /** Where a dragged story (or an item dragged from the keyboard) would land. */
  storyDrop: StoryDrop | null;
  keyboardDropOf: (itemId: number, over: Over | null) => StoryDrop | null;
  /** For the DndContext. */
  context: {
    sensors: SensorDescriptor<SensorOptions>[];
    collisionDetection: CollisionDetection;
    measuring: typeof MEASURING;
    autoScroll: typeof AUTO_SCROLL;
    onDragStart: (event: DragStartEvent) => void;
    onDragOver: (event: DragOverEvent) => void;
    onDragMove: (event: DragMoveEvent) => void;
    onDragEnd: (event: DragEndEvent) => void;
    onDragCancel: () => void;
  };
}

/**
 * Dragging on the board: items within and between groups (an item dragged into another group is
 * shown there at once, as a draft), window stories onto the board (a line shows where they will
 * land), and the same from the keyboard. The drop asks main through `commitMove` / `addStory`.
 */
export function useBoardDrag({
  latest,
  boardElement,
  addStory,
  commitMove,
  setDraft,
}: Needs): BoardDrag {
  const [active, setActive] = useState<DndTarget | null>(null);
  const [activeStory, setActiveStory] = useState<WindowStory | null>(null);
  const [storyDrop, setStoryDrop] = useState<StoryDrop | null>(null);
  const session = useRef<DragSession>({ storyHeadline: null, keyboard: false });

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 5 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const collisionDetection = useMemo(() => boardCollision(() => boardElement), [boardElement]);

  const keyboardDropOf = useCallback(
    (itemId: number, over: Over | null) => keyboardDrop(latest.current.order, itemId, over),
    [latest],
  );

  const storyDropOf = useCallback(
    (activeThing: Active, over: Over | null) =>
      storyDropAt(latest.current.order, activeThing, over),
    [latest],
  );

  const onDragStart = useCallback(({ active: dragged, activatorEvent }: DragStartEvent) => {
    const thing = parseDndId(dragged.id);
    session.current.keyboard = activatorEvent instanceof KeyboardEvent;
    setActive(thing);
    if (thing?.kind === 'story') {
      const story = (dragged.data.current as { story?: WindowStory } | undefined)?.story ?? null;
      setActiveStory(story);
      session.current.storyHeadline = story?.headline ?? '';
    }
  }, []);

  const onDragOver = useCallback(
    ({ active: dragged, over }: DragOverEvent) => {
      const thing = parseDndId(dragged.id);
      if (thing?.kind === 'story') {
        setStoryDrop(storyDropOf(dragged, over));
        return;
      }
      if (thing?.kind === 'item' && session.current.keyboard) {
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
    [latest, storyDropOf, keyboardDropOf, setDraft],
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
    session.current.storyHeadline = null;
    session.current.keyboard = false;
  }, [setDraft]);

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
        thing?.kind === 'item' && session.current.keyboard ? keyboardDropOf(thing.id, over) : null;
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
    [latest, finish, addStory, commitMove, storyDropOf, keyboardDropOf],
  );

  const context = useMemo(
    () => ({
      sensors,
      collisionDetection,
      measuring: MEASURING,
      autoScroll: AUTO_SCROLL,
      onDragStart,
      onDragOver,
      onDragMove,
      onDragEnd,
      onDragCancel: finish,
    }),
    [sensors, collisionDetection, onDragStart, onDragOver, onDragMove, onDragEnd, finish],
  );
  return { session, active, activeStory, storyDrop, keyboardDropOf, context };
}
