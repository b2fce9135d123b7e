import type { DigestItem } from '@shared/model';
import type { GroupKey } from './boardOrder';

/** A group as a menu names it ("Move to section…"). */
export interface GroupChoice {
  key: GroupKey;
  label: string;
}

export type ItemPatch = Partial<
  Pick<
    DigestItem,
    'headlineOverride' | 'summaryOverride' | 'showByline' | 'showSource' | 'showImage' | 'showBody'
  >
>;

/** What the board's rows and section heads can ask for; one stable object for the whole board. */
export interface BoardActions {
  step: (itemId: number, step: -1 | 1, focus: 'item-move-up' | 'item-move-down') => void;
  moveTo: (itemId: number, group: GroupKey) => void;
  remove: (itemId: number) => void;
  /** `now`: the page is going away, send it at once (see EditionChanges.run). */
  update: (itemId: number, patch: ItemPatch, options?: { now?: boolean }) => Promise<boolean>;
  openStory: (storyId: number) => void;
  /** Answers whether main renamed it (a failure is reported, and the edition fetched again). */
  renameSection: (sectionId: number, name: string) => Promise<boolean>;
  moveSection: (sectionId: number, step: -1 | 1) => void;
  deleteSection: (sectionId: number) => void;
}
