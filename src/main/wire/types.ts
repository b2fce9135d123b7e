import type {
  FailureReason,
  MediaRef,
  PubStatus,
  StoryFormat,
  WireQuote,
} from '../../shared/model';
import type { Block } from './blocks';
import { bylineName, unique } from './story-fields';

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
  /** When the agency published or last versioned it; ISO 8601 in UTC. */
  wireTime: string | null;
  blocks: Block[];

  /** The wire's own identity (guid, NewsML-G2 guid/uri, NITF doc-id, ninjs uri). */
  wireId: string | null;
  /**
   * The identity stories of this kind were stored under before it was qualified (a feed's bare
   * guid): a story stored then is still recognised.
   */
  legacyWireId: string | null;
  /** The id a feed item had when item ids were scoped by the channel, not the subscription. */
  formerWireId: string | null;
  /**
   * A feed item without guid or link, known by its time and title (feed-item.ts): stored before
   * it had that identity, it was known by its content alone, and is found so once.
   */
  identifiedByTime?: boolean;
  /** The wire's version of that identity, where it numbers them; newer replaces older. */
  wireVersion: number | null;
  pubStatus: PubStatus | null;
  /** ISO 8601 in UTC; the story must not be published before. */
  embargoUntil: string | null;
  /** ISO 8601 in UTC; the wire's permission to use the story ends then (NITF date.expire). */
  expiresAt: string | null;
  /** 1 (flash) … 9; null when the wire does not say. */
  urgency: number | null;
  slugline: string | null;
  /** Standfirst / abstract / description, when the wire sends one beside the body. */
  summary: string | null;
  /** The story's public URL (RSS link, ninjs/NewsML link). */
  link: string | null;
  subjects: string[];
  edNote: string | null;
  media: MediaRef[];
  quotes: WireQuote[];
  /** Set when the story came in a package (NewsML-G2 packageItem, NewsML 1.2): kept in order. */
  packageRef: { id: string; title: string | null; position: number } | null;
}

/** Where a polled feed's body came from: what its items are known by, and what links stand on. */
export interface FeedOrigin {
  /** The subscription's item scope: a bare guid's space (kept when the feed moves for good). */
  scope: string;
  /** The address the body was finally fetched from, after redirects: relative links' base. */
  fetchedFrom: string;
}

/** The fields every format must fill; the rest default to "the wire did not say". */
export type StoryEssentials = Pick<ImportedStory, 'format' | 'headline' | 'blocks'>;

export function newStory(essentials: StoryEssentials & Partial<ImportedStory>): ImportedStory {
  return {
    kicker: null,
    dateline: null,
    source: null,
    language: null,
    storyDate: null,
    wireTime: null,
    wireId: null,
    legacyWireId: null,
    formerWireId: null,
    wireVersion: null,
    pubStatus: null,
    embargoUntil: null,
    expiresAt: null,
    urgency: null,
    slugline: null,
    summary: null,
    link: null,
    subjects: [],
    edNote: null,
    media: [],
    quotes: [],
    packageRef: null,
    ...essentials,
    byline: cleanByline(essentials.byline),
  };
}

/** "By Jane Roe" is Jane Roe, whichever format said it (exports name the author from it). */
export function cleanByline(byline: string | null | undefined): string | null {
  return byline ? unique(byline.split(';').map(bylineName)).join('; ') || null : null;
}

/**
 * Thrown by importers for content they cannot read; the message is shown beside the file name,
 * and the reason (when given) lets the interface say it in its language.
 */
export class ImportError extends Error {
  override name = 'ImportError';

  constructor(
    message: string,
    readonly reason?: FailureReason,
  ) {
    super(message);
  }
}
