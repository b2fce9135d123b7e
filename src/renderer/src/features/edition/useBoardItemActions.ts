import { useMemo, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { Digest, DigestItem } from '@shared/model';
import { BUILT_IN_KEYS, shortcutText } from '@renderer/editor/utils/shortcuts';
import { call } from '@renderer/api/client';
import { navigate } from '@renderer/app/routing/route';
import type { BoardActions, ItemPatch } from './boardActions';
import {
  boardOrderOf,
  neighbourOf,
  placeOf,
  sectionIdOf,
  sortedSections,
  stepTarget,
  withMove,
  withoutItem,
  withSectionMove,
  type GroupKey,
} from './boardOrder';
import { focusBoardControl, focusItemControl, focusSectionControl } from './focus';
import type { EditionChanges } from './useEditionChanges';

interface Needs {
  /** The edition as shown now (the actions are stable; the edition is not). */
  latest: RefObject<{ digest: Digest }>;
  changes: EditionChanges;
  commitMove: (itemId: number, group: GroupKey, index: number, picture: Digest) => void;
  announceMove: (itemId: number, group: GroupKey, index: number, size: number) => void;
  headlineOf: (itemId: number) => string;
  setMessage: (message: string) => void;
  /** A story taken off the board, as it was there: what "Undo" puts back. */
  onRemoved: (removed: RemovedItem) => void;
}

export interface RemovedItem {
  item: DigestItem;
  /** Its place in its group (the lead or its section) when it was removed. */
  position: number;
  headline: string;
}

/**
 * What the board's rows and section heads ask for — step, move to a section, remove, update,
 * rename, reorder, delete — each shown at once, sent to main, announced to screen readers, with
 * the keyboard focus kept where the editor was working. One stable object for the whole board.
 */
export function useBoardItemActions({
  latest,
  changes,
  commitMove,
  announceMove,
  headlineOf,
  setMessage,
  onRemoved,
}: Needs): BoardActions {
  const { t } = useTranslation();
  return useMemo<BoardActions>(() => {
    const move = (itemId: number, group: GroupKey, index: number): void => {
      const current = latest.current.digest;
      const picture = withMove(current, itemId, sectionIdOf(group), index);
      commitMove(itemId, group, index, picture);
      const size = boardOrderOf(picture).items[group]?.length ?? 0;
      announceMove(itemId, group, Math.min(index, size - 1), size);
    };
    return {
      step: (itemId, step, focus) => {
        const to = stepTarget(boardOrderOf(latest.current.digest), itemId, step);
        if (!to) return;
        move(itemId, to.group, to.index);
        focusItemControl(itemId, focus);
      },
      moveTo: (itemId, group) => {
        const order = boardOrderOf(latest.current.digest);
        const size = order.items[group]?.length ?? 0;
        move(itemId, group, size);
        focusItemControl(itemId, 'item-menu');
      },
      remove: (itemId) => {
        const current = latest.current.digest;
        const order = boardOrderOf(current);
        const place = placeOf(order, itemId);
        const headline = headlineOf(itemId);
        const item = current.items.find((entry) => entry.id === itemId);
        // Focus goes to the row that takes its place, so the keyboard is not thrown to the top.
        const neighbour = place ? neighbourOf(order, place.group, place.index) : undefined;
        void changes.run(
          () => call('digests.removeItem', { digestId: current.id, itemId }),
          withoutItem(current, itemId),
        );
        setMessage(
          t('edition.announce.removedUndo', {
            headline,
            keys: shortcutText(BUILT_IN_KEYS.undo),
          }),
        );
        if (item && place) onRemoved({ item, position: place.index, headline });
        if (neighbour !== undefined) focusItemControl(neighbour, 'item-menu');
      },
      update: async (itemId, patch: ItemPatch, options) => {
        const current = latest.current.digest;
        const picture: Digest = {
          ...current,
          items: current.items.map((item) => {
            if (item.id !== itemId) return item;
            const next = { ...item, ...patch };
            return { ...next, headline: next.headlineOverride || next.storyHeadline };
          }),
        };
        const answer = await changes.run(
          () => call('digests.updateItem', { digestId: current.id, itemId, ...patch }),
          picture,
          undefined,
          options,
        );
        return answer !== null;
      },
      openStory: (storyId) => navigate({ storyId, view: undefined }),
      renameSection: async (sectionId, name) => {
        const current = latest.current.digest;
        const answer = await changes.run(
          () => call('digests.renameSection', { digestId: current.id, sectionId, name }),
          {
            ...current,
            sections: current.sections.map((section) =>
              section.id === sectionId ? { ...section, name } : section,
            ),
          },
        );
        return answer !== null;
      },
      moveSection: (sectionId, step) => {
        const current = latest.current.digest;
        const ordered = sortedSections(current);
        const index = ordered.findIndex((section) => section.id === sectionId);
        const position = index + step;
        if (index < 0 || position < 0 || position >= ordered.length) return;
        void changes.run(
          () => call('digests.moveSection', { digestId: current.id, sectionId, position }),
          withSectionMove(current, sectionId, position),
        );
        setMessage(
          t('edition.announce.sectionMoved', {
            name: ordered[index]!.name,
            position: position + 1,
            count: ordered.length,
          }),
        );
        focusSectionControl(sectionId, step < 0 ? 'section-move-up' : 'section-move-down');
      },
      deleteSection: (sectionId) => {
        const current = latest.current.digest;
        const name = current.sections.find((section) => section.id === sectionId)?.name ?? '';
        // The section that takes its place (else the one above) gets the keyboard once main has
        // answered, as a removed row hands it to the next: the asking control goes with it.
        const ordered = sortedSections(current);
        const index = ordered.findIndex((section) => section.id === sectionId);
        const heir = ordered[index + 1] ?? ordered[index - 1];
        void changes
          .run(() => call('digests.deleteSection', { digestId: current.id, sectionId }))
          .then((answer) => {
            if (!answer) return;
            if (heir) focusSectionControl(heir.id, 'section-delete');
            else focusBoardControl('section-add-name');
          });
        setMessage(t('edition.announce.sectionDeleted', { name }));
      },
    };
  }, [latest, changes, commitMove, announceMove, headlineOf, setMessage, onRemoved, t]);
}
