import { useCallback, useMemo, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcements, Over, UniqueIdentifier } from '@dnd-kit/core';
import { findGroup, type BoardOrder, type GroupKey } from './boardOrder';
import { parseDndId, type PlaceWords } from './dnd';
import type { StoryDrop } from './dropPlacement';
import type { DragSession } from './useBoardDrag';

interface Needs {
  latest: RefObject<{ order: BoardOrder }>;
  session: RefObject<DragSession>;
  headlineOf: (itemId: number) => string;
  labelOf: (key: GroupKey) => string;
  keyboardDropOf: (itemId: number, over: Over | null) => StoryDrop | null;
}

/**
 * What a screen reader hears during a drag: what was picked up, where it is over (group,
 * position, count), where it was dropped or that it was not. Keyboard drags into another group
 * announce the place they will land, as the line on the board shows it.
 */
export function useBoardAnnouncements({
  latest,
  session,
  headlineOf,
  labelOf,
  keyboardDropOf,
}: Needs): {
  announcements: Announcements;
  screenReaderInstructions: { draggable: string };
} {
  const { t } = useTranslation();
  const nameOf = useCallback(
    (id: UniqueIdentifier) => {
      const thing = parseDndId(id);
      if (thing?.kind === 'item') return headlineOf(thing.id);
      return session.current.storyHeadline ?? '';
    },
    [session, headlineOf],
  );
  const placeWords = useCallback(
    (activeId: UniqueIdentifier, overId: UniqueIdentifier | null): PlaceWords | null => {
      const thing = parseDndId(activeId);
      const over = parseDndId(overId);
      if (!thing || !over) return null;
      const order = latest.current.order;
      const name = nameOf(activeId);
      if (over.kind === 'group')
        return { headline: name, group: labelOf(over.key), position: 1, count: 1 };
      if (over.kind !== 'item') return null;
      const group = findGroup(order, over.id);
      if (group === null) return null;
      const list = order.items[group]!;
      if (thing.kind === 'item' && session.current.keyboard) {
        const drop = keyboardDropOf(thing.id, { id: overId } as Over);
        if (drop)
          return {
            headline: name,
            group: labelOf(drop.group),
            position: drop.index + 1,
            count: list.length + 1,
          };
      }
      const joins = thing.kind !== 'item' || !list.includes(thing.id);
      return {
        headline: name,
        group: labelOf(group),
        position: list.indexOf(over.id) + 1,
        count: list.length + (joins ? 1 : 0),
      };
    },
    [latest, session, nameOf, labelOf, keyboardDropOf],
  );
  // The place last announced as "over": the drop lands there. Worked out again at the drop it
  // would be wrong, since the board has already applied the move (a keyboard drop into another
  // group then reads as a move within it).
  const lastOver = useRef<{ overId: UniqueIdentifier | null; place: PlaceWords | null }>({
    overId: null,
    place: null,
  });
  // Built here, not by a helper called during render: the words are read only when announced.
  const announcements = useMemo<Announcements>(
    () => ({
      onDragStart: ({ active: dragged }) => {
        lastOver.current = { overId: null, place: null };
        return t('edition.announce.pickedUp', { headline: nameOf(dragged.id) });
      },
      onDragOver: ({ active: dragged, over }) => {
        const place = placeWords(dragged.id, over?.id ?? null);
        lastOver.current = { overId: over?.id ?? null, place };
        return place
          ? t('edition.announce.over', { ...place })
          : t('edition.announce.nowhere', { headline: nameOf(dragged.id) });
      },
      onDragEnd: ({ active: dragged, over }) => {
        const overId = over?.id ?? null;
        const heard = lastOver.current;
        lastOver.current = { overId: null, place: null };
        const place =
          heard.place && heard.overId === overId ? heard.place : placeWords(dragged.id, overId);
        return place
          ? t('edition.announce.dropped', { ...place })
          : t('edition.announce.droppedNowhere', { headline: nameOf(dragged.id) });
      },
      onDragCancel: ({ active: dragged }) =>
        t('edition.announce.cancelled', { headline: nameOf(dragged.id) }),
    }),
    [t, nameOf, placeWords],
  );
  const screenReaderInstructions = useMemo(
    () => ({ draggable: t('edition.announce.instructions') }),
    [t],
  );
  return { announcements, screenReaderInstructions };
}
