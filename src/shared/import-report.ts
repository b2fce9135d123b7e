/** What an import answers: one outcome per story, and each failed file with its reason. */
import type { StoryFormat } from './model';

export interface ImportedEntry {
  id: number;
  headline: string;
  format: StoryFormat;
  file: string;
}

export interface UpdatedEntry extends ImportedEntry {
  /** The wire version now current, where the wire numbers them. */
  version: number | null;
  /** The editor had changed the story: their text stays current, the wire's is a revision. */
  conflict: boolean;
}

export interface DuplicateEntry {
  file: string;
  /** The story already in the store. */
  id: number;
  /** The incoming story's headline: a feed's items all come from one URL, and need a name. */
  headline: string;
  reason: 'same-content' | 'same-version' | 'older-version';
}

export interface ImportReport {
  imported: ImportedEntry[];
  /** Newer versions of stories already in the store. */
  updated: UpdatedEntry[];
  /** Stories already in the store in this or a newer version: nothing was written. */
  duplicates: DuplicateEntry[];
  failed: ImportFailure[];
}

/**
 * A file that could not be imported. `error` says why in English (the CLI prints it, scripts
 * read it); `reason`, where the cause is one Edition knows, lets the interface say it in its
 * own language. Values are the parts of the message that vary (a size, a line, a tag).
 */
export interface ImportFailure {
  file: string;
  error: string;
  reason?: FailureReason;
}

export interface FailureReason {
  key: FailureKey;
  values?: Record<string, string | number>;
}

export type FailureKey =
  | 'empty'
  | 'whitespace'
  | 'tooLarge'
  | 'picture'
  | 'video'
  | 'sound'
  | 'otherKind'
  | 'binary'
  | 'notNewsJson'
  | 'notNewsXml'
  | 'xmlError'
  | 'xmlErrorAtLine'
  | 'jsonError'
  | 'xmlEntities'
  | 'xmlTooDeep'
  | 'htmlTooDeep'
  | 'tooComplex'
  | 'markdownTooDeep'
  | 'noText'
  | 'notTextItem'
  | 'fileMissing'
  | 'permission'
  | 'isFolder'
  | 'notAFile'
  | 'linkLoop'
  | 'nameTooLong'
  | 'notStored'
  | 'storeBusy'
  | 'feedHttp'
  | 'feedTimeout'
  | 'feedUnreachable'
  | 'feedTooLarge'
  | 'feedIsPage'
  | 'feedSignIn'
  | 'notAFolder'
  | 'folderNotAbsolute'
  | 'folderTooBroad'
  | 'folderWatched'
  | 'folderWatchedElsewhere'
  | 'watchSubfolders'
  | 'folderTooDeep'
  // Said by the window itself, before or instead of an answer from main:
  | 'uploadTooLarge'
  | 'uploadUnreadable'
  | 'requestFailed';
