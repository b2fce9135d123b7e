import type { StoryFormat } from '../../shared/model';
import type { Block } from './blocks';

/** What every importer returns for one story, whatever the wire format. */
export interface ImportedStory {
  format: StoryFormat;
  headline: string;
  kicker: string | null;
  byline: string | null;
  dateline: string | null;
  source: string | null;
  language: string | null;
  /** YYYY-MM-DD */
  storyDate: string | null;
  /** ISO 8601 */
  wireTime: string | null;
  blocks: Block[];
}

/** Thrown by importers for content they cannot read; the message is shown beside the file name. */
export class ImportError extends Error {
  override name = 'ImportError';
}
