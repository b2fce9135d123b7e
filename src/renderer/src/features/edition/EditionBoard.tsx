import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, DragOverlay } from '@dnd-kit/core';
import type { Digest, WindowStory } from '@shared/model';
import { call } from '@renderer/api/client';
import type { FlagsById } from '@renderer/features/digest/storyFlags';
import {
  boardOrderOf,
  groupKey,
  LEAD_KEY,
  sectionIdOf,
  shareOrder,
  sortedSections,
  withItemBack,
  type BoardOrder,
  type GroupKey,
} from './boardOrder';
import type { GroupChoice } from './boardActions';
import { BoardGroup } from './BoardGroup';
import { AddSectionForm } from './AddSectionForm';
import { editionGroupsKey } from './similarInWindow';
import { focusBoardControl, focusItemControl, focusSectionControl } from './focus';
import type { EditionChanges } from './useEditionChanges';
import { useBoardAnnouncements } from './useBoardAnnouncements';
import { useBoardItemActions, type RemovedItem } from './useBoardItemActions';
import { UndoRemoveNotice } from './UndoRemoveNotice';
import { useBoardDrag } from './useBoardDrag';
import { WindowPanel } from './WindowPanel';

interface Latest {
  digest: Digest;
  order: BoardOrder;
  base: BoardOrder;
  groups: GroupChoice[];
  target: GroupKey;
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
  // The order main answered, keeping the lists of groups it left as they were (shareOrder): a
  // group re-renders only when its own rows changed. Worked out while rendering a new edition,
  // from the order shown before (React's pattern for state derived from the previous render).
  const [shown, setShown] = useState(() => ({ digest, order: boardOrderOf(digest) }));
  let base = shown.order;
  if (shown.digest !== digest) {
    base = shareOrder(shown.order, boardOrderOf(digest));
    setShown({ digest, order: base });
  }
  const [draft, setDraft] = useState<BoardOrder | null>(null);
  const order = draft ?? base;
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
  const groupsKey = useMemo(() => editionGroupsKey(digest.items), [digest.items]);

  // What the callbacks below need at the moment they run (they are stable, the state is not).
  const latest = useRef<Latest>({
    digest,
    order,
    base,
    groups,
    target,
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

  // Stories taken off the board, the last on top: "Undo" (or Ctrl+Z) puts them back in turn.
  const [removed, setRemoved] = useState<RemovedItem[]>([]);
  const removedRef = useRef(removed);
  useLayoutEffect(() => {
    removedRef.current = removed;
  });
  const onRemoved = useCallback(
    (entry: RemovedItem) => setRemoved((stack) => [...stack, entry]),
    [],
  );
  const undoRemove = useCallback(() => {
    const entry = removedRef.current.at(-1);
    if (!entry) return;
    const stack = removedRef.current.slice(0, -1);
    removedRef.current = stack;
    setRemoved(stack);
    const { item, position, headline } = entry;
    const current = latest.current.digest;
    void changes
      .run(
        () =>
          call('digests.restoreItem', {
            digestId: current.id,
            storyId: item.storyId,
            sectionId: item.sectionId,
            position,
            headlineOverride: item.headlineOverride,
            summaryOverride: item.summaryOverride,
            showByline: item.showByline,
            showSource: item.showSource,
            showImage: item.showImage,
            showBody: item.showBody,
            overridesRevision: item.overridesRevision,
          }),
        withItemBack(current, item, position),
      )
      .then((answer) => {
        const back = answer?.items.find((entry) => entry.storyId === item.storyId);
        if (!back) return;
        setMessage(t('edition.announce.restored', { headline }));
        // The keyboard goes to the story put back, as it went to its neighbour when it left: main
        // gave it a new row, there once the answer is shown.
        if (latest.current.digest.items.some((entry) => entry.id === back.id))
          focusItemControl(back.id, 'item-menu');
        else focusWhenShown.current = back.id;
      });
  }, [changes, t]);
  // A row to give the keyboard to once main's answer shows it.
  const focusWhenShown = useRef<number | null>(null);
  useEffect(() => {
    const itemId = focusWhenShown.current;
    if (itemId === null || !digest.items.some((item) => item.id === itemId)) return;
    focusWhenShown.current = null;
    focusItemControl(itemId, 'item-menu');
  }, [digest]);
  const dismissRemoved = useCallback(() => {
    setRemoved([]);
    // The notice goes with the button that had the keyboard: it goes to the control before it.
    focusBoardControl('section-add-name');
  }, []);

  const actions = useBoardItemActions({
    latest,
    changes,
    commitMove,
    announceMove,
    headlineOf,
    setMessage,
    onRemoved,
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

  const drag = useBoardDrag({ latest, boardElement, addStory, commitMove, setDraft });
  const { active, activeStory, storyDrop } = drag;

  const { announcements, screenReaderInstructions } = useBoardAnnouncements({
    latest,
    session: drag.session,
    headlineOf,
    labelOf,
    keyboardDropOf: drag.keyboardDropOf,
  });

  const activeItem = active?.kind === 'item' ? itemsById.get(active.id) : undefined;
  const lastGroup = order.groups.at(-1);

  return (
    <DndContext {...drag.context} accessibility={{ announcements, screenReaderInstructions }}>
      <WindowPanel
        digestId={digest.id}
        timezone={digest.timezone}
        windowStart={digest.windowStart}
        windowEnd={digest.windowEnd}
        storiesVersion={storiesVersion}
        usedKey={usedKey}
        groupsKey={groupsKey}
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
                timeZone={digest.timezone}
                first={index === 0}
                last={key === lastGroup}
                storyDrop={storyDrop?.group === key ? storyDrop.index : null}
                groups={groups}
                actions={actions}
              />
            );
          })}
          <AddSectionForm
            onAdd={addSection}
            taken={digest.sections.map((section) => section.name)}
          />
          {removed.length > 0 && (
            <UndoRemoveNotice
              headline={removed.at(-1)!.headline}
              onUndo={undoRemove}
              onDismiss={dismissRemoved}
            />
          )}
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
