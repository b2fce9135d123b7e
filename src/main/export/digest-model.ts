import type {
  Annotation,
  Branding,
  LexicalStateJson,
  MediaRef,
  PubStatus,
} from '../../shared/model';

/**
 * Everything an exporter needs to render one edition, already resolved: overrides applied,
 * hidden fields removed, sections in order. Exporters are pure functions of this model, so
 * they are tested on fixed digests without a database.
 */
export interface ExportStory {
  storyId: number;
  itemId: number;
  /** The digest headline: the item's override, else the story's headline. */
  headline: string;
  /** The digest summary: the override, else the story's standfirst, else its first paragraph. */
  summary: string | null;
  body: LexicalStateJson;
  bodyText: string;
  /** The item shows the story's text; false: its summary alone (DigestItem.showBody). */
  showBody: boolean;
  /** Null when the item hides it. */
  byline: string | null;
  source: string | null;
  image: MediaRef | null;
  dateline: string | null;
  link: string | null;
  wireTime: string | null;
  /** The day the story is of (YYYY-MM-DD), where the wire gives a day and no time. */
  storyDate: string | null;
  /** The story's language: its body's. */
  language: string | null;
  /**
   * The language of the headline and summary the edition shows: the edition's where the editor
   * wrote either (an override), else the story's. The lang/dir of those texts follow it; the
   * fixed words ("Read more") are the reader's, in the edition's language.
   */
  wordsLanguage: string | null;
  pubStatus: PubStatus | null;
  embargoUntil: string | null;
  /** When the wire's permission to use the story ends (date.expire), if it says. */
  expiresAt: string | null;
  annotations: Annotation[];
  /** The agency updated the story after the item's digest headline or summary was written. */
  overridesOutdated: boolean;
  /**
   * Quotes found in its text (quote detection) that no one has marked or dismissed: the
   * suggestions the annotations panel still offers.
   */
  openQuotes: number;
}

export interface ExportSection {
  id: number;
  name: string;
  items: ExportStory[];
}

export interface ExportDigest {
  id: number;
  date: string;
  title: string;
  subject: string;
  preheader: string;
  intro: LexicalStateJson | null;
  introText: string;
  signoff: string | null;
  /** IANA zone and HH:MM close time of the edition (its 24-hour window ends then). */
  timezone: string;
  closeTime: string;
  /** The edition's language (bg, en, ru) for lang attributes and fixed strings. */
  language: string;
  sections: ExportSection[];
  /** The publication's branding, as the settings hold it. */
  branding: Branding;
  generatedAt: string;
}
