/** Serialisable records shared by main, the renderer and the CLI. Dates are ISO 8601 strings. */

/** Lexical's serialised editor state (`editor.getEditorState().toJSON()`), kept as the truth. */
export interface LexicalStateJson {
  root: {
    type: 'root';
    children: unknown[];
    [key: string]: unknown;
  };
}

export type StoryFormat =
  | 'text'
  | 'markdown'
  | 'html'
  | 'eml'
  | 'rss'
  | 'atom'
  | 'newsml-g2'
  | 'nitf'
  | 'ninjs'
  | 'newsml-1'
  | 'iptc7901'
  | 'anpa1312';

/** IPTC pubStatus / NITF management-status, reduced to what an editor must act on. */
export type PubStatus = 'usable' | 'withheld' | 'canceled';

/** A picture, video or other non-text item that came with a story; recorded, not imported as text. */
export interface MediaRef {
  kind: 'picture' | 'video' | 'audio' | 'graphic' | 'other';
  uri: string | null;
  caption: string | null;
  mimeType: string | null;
}

/** A quote the wire marked up itself (NITF/HTML `<q>`), with its source where given. */
export interface WireQuote {
  text: string;
  source: string | null;
}

export interface StorySummary {
  id: number;
  headline: string;
  source: string | null;
  format: StoryFormat;
  language: string | null;
  /** The story's own date (YYYY-MM-DD), from the wire or the file header. */
  storyDate: string | null;
  /** When the agency published or sent it (ISO), if the wire says so. */
  wireTime: string | null;
  receivedAt: string;
  updatedAt: string;
  /** First characters of the body, for the inbox card. */
  excerpt: string;
}

export interface Story extends Omit<StorySummary, 'excerpt'> {
  byline: string | null;
  dateline: string | null;
  /** A label line above the headline, e.g. the newsletter name in the seed's header. */
  kicker: string | null;
  fileName: string | null;
  body: LexicalStateJson;
  /** Plain text derived from `body`: paragraphs separated by blank lines. */
  bodyText: string;
  revision: number;
}

export interface RevisionSummary {
  number: number;
  headline: string;
  author: string | null;
  reason: 'import' | 'edit' | 'restore';
  createdAt: string;
}

export interface ImportedEntry {
  id: number;
  headline: string;
  format: StoryFormat;
  file: string;
}

export interface ImportReport {
  imported: ImportedEntry[];
  /** Files whose content is already in the store: nothing was written. */
  duplicates: { file: string; id: number }[];
  failed: { file: string; error: string }[];
}

export interface DigestSummary {
  id: number;
  date: string;
  title: string;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DigestItem {
  id: number;
  storyId: number;
  position: number;
  headline: string;
  source: string | null;
  excerpt: string;
}

export interface Digest extends Omit<DigestSummary, 'itemCount'> {
  items: DigestItem[];
}

export type ExportFormat = 'html';

export interface ExportedDigest {
  format: ExportFormat;
  fileName: string;
  mimeType: string;
  content: string;
}

export type UiLanguage = 'bg' | 'en';

export interface Settings {
  /** null: follow the OS/browser locale. */
  language: UiLanguage | null;
  authorName: string | null;
}
