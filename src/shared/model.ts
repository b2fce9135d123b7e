/** Serialisable records shared by main, the renderer and the CLI. Dates are ISO 8601 strings. */

// Split by job; re-exported so that every import of the model keeps working.
export * from './import-report';
export * from './sources';

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
  pubStatus: PubStatus | null;
  /** ISO; set while the wire forbids publication before that time. */
  embargoUntil: string | null;
  /** ISO; the wire's permission to use the story ends then (NITF date.expire, ninjs expires). */
  expiresAt: string | null;
  urgency: number | null;
  /** A newer wire version arrived over an editor's edits; both are kept (see revisions). */
  wireConflict: boolean;
  /** The near-duplicate group (its first story's id), or null. */
  similarGroup: number | null;
  /** How many other stories share the group. */
  similarCount: number;
  /** Of those, how many the agency canceled: shown on the collapsed group, not only inside it. */
  similarCanceled: number;
  /** The latest embargo among those others (ISO), or null: shown on the collapsed group too. */
  similarEmbargoUntil: string | null;
}

export interface Story extends Omit<
  StorySummary,
  'excerpt' | 'similarCount' | 'similarCanceled' | 'similarEmbargoUntil'
> {
  byline: string | null;
  dateline: string | null;
  /** A label line above the headline, e.g. the newsletter name in the seed's header. */
  kicker: string | null;
  fileName: string | null;
  body: LexicalStateJson;
  /** Plain text derived from `body`: paragraphs separated by blank lines. */
  bodyText: string;
  revision: number;
  wireId: string | null;
  wireVersion: number | null;
  slugline: string | null;
  summary: string | null;
  link: string | null;
  subjects: string[];
  edNote: string | null;
  media: MediaRef[];
  wireQuotes: WireQuote[];
  packageRef: { id: string; title: string | null; position: number } | null;
  /** The charset the file was read in, when it was text. */
  charset: string | null;
  /** An editor has saved changes since the last wire version. */
  edited: boolean;
}

export interface RevisionSummary {
  number: number;
  headline: string;
  author: string | null;
  reason: 'import' | 'edit' | 'restore' | 'wire-update';
  /** The wire version a revision came from (imports and wire updates). */
  wireVersion: number | null;
  createdAt: string;
  /** A restore: the revision it took back (null for restores made before Edition said). */
  restoredFrom?: number | null;
  /**
   * In `stories.revisions`: this revision holds the story's text as it is now. Mostly the
   * newest, but not a wire update that came over an editor's edits: those stay current.
   */
  current?: boolean;
}

export interface DigestSummary {
  id: number;
  date: string;
  title: string;
  itemCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface DigestSection {
  id: number;
  name: string;
  position: number;
}

export interface DigestItem {
  id: number;
  storyId: number;
  /** null: the edition's lead, above the first section. */
  sectionId: number | null;
  /** Order within its section (0-based). */
  position: number;
  /** The headline the digest shows: the override if set, else the story's. */
  headline: string;
  storyHeadline: string;
  headlineOverride: string | null;
  summaryOverride: string | null;
  showByline: boolean;
  showSource: boolean;
  showImage: boolean;
  /** The story's text in the exports; false: its summary alone (with its link, if it has one). */
  showBody: boolean;
  /**
   * The story's revision its headline and summary overrides were written against (null: none
   * written, or written before Edition kept it): a later revision warns "override-outdated".
   */
  overridesRevision: number | null;
  source: string | null;
  excerpt: string;
  pubStatus: PubStatus | null;
  embargoUntil: string | null;
  /** The story's near-duplicate group (see StorySummary.similarGroup), or null. */
  similarGroup: number | null;
}

/** The fields of an edition an editor writes besides its stories. */
export interface DigestFields {
  title: string;
  subject: string;
  preheader: string;
  intro: LexicalStateJson | null;
  signoff: string | null;
  timezone: string;
  /** HH:MM, local to `timezone`: the edition covers the day before it, from the previous close. */
  closeTime: string;
  language: string;
}

export interface Digest extends Omit<DigestSummary, 'itemCount'>, DigestFields {
  introText: string;
  /** Bumped by every change; lets a window see that another one changed the edition. */
  revision: number;
  sections: DigestSection[];
  /** Lead items first, then each section's, each in position order. */
  items: DigestItem[];
  /** The 24-hour window by wire time, ISO UTC. */
  windowStart: string;
  windowEnd: string;
}

/** The longest wire section (subject) the window can be narrowed to, in UTF-16 units. */
export const WIRE_SECTION_MAX = 300;

/** What the window beside the board can be narrowed to (`digests.window`); all optional. */
export interface WindowStoryFilters {
  search?: string;
  source?: string;
  language?: string;
  /** A section as the wire names it: one of the story's subjects (categories, keywords). */
  section?: string;
  status?: PubStatus;
  embargoed?: boolean;
  used?: boolean;
}

export interface WindowStory extends StorySummary {
  /** Already in this edition. */
  used: boolean;
  /** With a search: the matching words in context, matches wrapped in [[ ]]. */
  snippet: string | null;
}

/** What the filters of an edition's window offer, and how many stories the window holds. */
export interface WindowFacets {
  /** The window's stories, whatever the list shows of them. */
  total: number;
  sources: string[];
  languages: string[];
  /** The wire's sections (the stories' subjects), the most frequent first 60, by name. */
  sections: string[];
}

export type ExportFormat = 'html' | 'email' | 'text' | 'markdown' | 'eml';

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
  /** How many daily automatic backups to keep (manual ones are never pruned). */
  backupKeep: number;
  /** What a new edition starts with when there is no previous edition to copy. */
  editionDefaults: EditionDefaults;
  /** The publication as exports show it. */
  branding: Branding;
}

/** `settings.set`: any subset; the nested groups merge field by field into what is stored. */
export type SettingsUpdate = Partial<Omit<Settings, 'editionDefaults' | 'branding'>> & {
  editionDefaults?: Partial<EditionDefaults>;
  branding?: Partial<Branding>;
};

export interface EditionDefaults {
  timezone: string;
  /** HH:MM: the edition's 24-hour window ends then. */
  closeTime: string;
  language: 'bg' | 'en' | 'ru';
  /** Section names a new edition starts with. */
  sections: string[];
}

/** The publication's name until the newsroom sets its own: the app's, which no reader knows. */
export const DEFAULT_PUBLICATION = 'Edition';

export interface Branding {
  /** Shown in the masthead and as the email's From name. */
  publication: string;
  /** Accent colour (#rrggbb) for rules and links in exports. */
  accent: string;
  /** An https logo for the web edition's masthead (emails keep a text wordmark). */
  logoUrl: string | null;
  /** Where the web edition lives, for "view in browser" and the JSON-LD publisher. */
  siteUrl: string | null;
  /** The email's From address (its name is the publication's); the .eml's sender. */
  senderAddress: string | null;
  /** The email's unsubscribe link: a web page, a mailto:, or the mail service's merge tag. */
  unsubscribeUrl: string | null;
}

/** `auto`: the daily rotating backup; `manual`: "Back up now" or `edition backup`. */
export type BackupKind = 'auto' | 'manual';

/** A backup file beside the database (backups/<store>-<time>-<kind>.db: alpha-… for alpha.db). */
export interface BackupInfo {
  name: string;
  path: string;
  kind: BackupKind;
  createdAt: string;
  bytes: number;
}

/** What a restore did: the backup now in use, and where the replaced database was kept. */
export interface RestoreResult {
  restored: BackupInfo;
  keptAside: string | null;
  stories: number;
}

/** A direct quote found in a story's plain text; `start`/`end` are offsets in `bodyText`. */
export interface DetectedQuote {
  text: string;
  speaker: string | null;
  /** The attributing words ("каза", "заяви още", "според", "said"); null when continued. */
  cue: string | null;
  start: number;
  end: number;
}

export type AnnotationType = 'quote' | 'claim' | 'note';
export type AnnotationStatus = 'unverified' | 'verified' | 'disputed' | 'false' | 'needs-source';

export interface AnnotationNote {
  id: number;
  author: string | null;
  text: string;
  createdAt: string;
}

/**
 * A fact-checker's record about a span of a story. The text holds only a MarkNode with the id;
 * everything else lives here, and survives the text being deleted (then `orphaned`, with the
 * last quote and its surroundings kept for re-anchoring).
 */
export interface Annotation {
  id: string;
  storyId: number;
  type: AnnotationType;
  status: AnnotationStatus;
  speaker: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  /** The annotated text when last seen, and the text around it. */
  quote: string;
  prefix: string;
  suffix: string;
  orphaned: boolean;
  notes: AnnotationNote[];
  createdBy: string | null;
  createdAt: string;
  updatedBy: string | null;
  updatedAt: string;
}

export interface RevisionContent extends RevisionSummary {
  body: LexicalStateJson;
  bodyText: string;
}

/** Single-story exports: NITF (quotes as <q quote-source>) and ClaimReview JSON-LD. */
export type StoryExportFormat = 'nitf' | 'claimreview';

export interface ExportedStory {
  format: StoryExportFormat;
  fileName: string;
  mimeType: string;
  content: string;
}

/** A pre-send check's finding; errors block an export unless an editor overrides with a reason. */
export interface CheckFinding {
  severity: 'error' | 'warning';
  code: string;
  /** In English, whole: for the CLI, logs and scripts. */
  message: string;
  /** What the message says, by name, for the interface to say it in its own language. */
  params?: Record<string, string | number>;
  storyId?: number;
  itemId?: number;
  sectionId?: number;
  /** The annotation it is about (a quote or claim not verified, disputed, false). */
  annotationId?: string;
}
