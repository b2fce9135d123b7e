/**
 * The request map: the one contract that the Electron window, browser mode and the CLI share.
 * Each entry names a request (`domain.verb`), its payload and its answer. Handlers in
 * src/main/handlers implement it; payloads are validated there before anything runs.
 */
import type {
  BackupInfo,
  RestoreResult,
  CheckFinding,
  WindowFacets,
  WindowStory,
  WindowStoryFilters,
  ExportedStory,
  StoryExportFormat,
  Annotation,
  AnnotationStatus,
  AnnotationType,
  DetectedQuote,
  RevisionContent,
  FeedSubscription,
  WatchFolderState,
  Digest,
  DigestSummary,
  ExportedDigest,
  ExportFormat,
  ImportReport,
  LexicalStateJson,
  RevisionSummary,
  Settings,
  SettingsUpdate,
  Story,
  StorySummary,
} from './model';
import type { Result } from './errors';

export interface UploadedFile {
  /** The file's name as the user sees it; used in reports and errors. */
  name: string;
  /** The raw bytes, base64-encoded, so that any charset survives the trip. */
  dataBase64: string;
}

export interface Requests {
  'stories.import': { req: { files: UploadedFile[] }; res: ImportReport };
  /** Pasted text or HTML, imported like a file named `name`. */
  'stories.importText': {
    req: { text: string; html?: string; name?: string };
    res: ImportReport;
  };
  'stories.list': {
    /**
     * `similarGroup` lists the members of one near-duplicate group instead of the inbox.
     * `after`: the id of the last story of the previous page; the answer continues after it
     * in the same order (how the inbox pages through the archive as the editor scrolls).
     * `includeSimilar`: near duplicates each listed on its own, not folded into their group's
     * first story (`edition stories --all`).
     */
    req: {
      search?: string;
      limit?: number;
      after?: number;
      similarGroup?: number;
      includeSimilar?: boolean;
    };
    res: StorySummary[];
  };
  'stories.get': { req: { id: number }; res: Story };
  'stories.save': {
    req: {
      id: number;
      body?: LexicalStateJson;
      headline?: string;
      byline?: string | null;
      summary?: string | null;
      dateline?: string | null;
      source?: string | null;
      /** The revision the editor started from; a mismatch answers `conflict`. */
      baseRevision?: number;
      /**
       * Save over a mismatch instead (the editor chose to, or is closing the story): what came
       * meanwhile stays a revision, and a wire update among it flags the story's wire conflict.
       */
      overwrite?: boolean;
      /**
       * The saving editor (one per opened story): its saves within five minutes replace each
       * other's revision rather than each adding one. Without it every save is a revision.
       */
      session?: string;
    };
    res: { id: number; revision: number; updatedAt: string };
  };
  /** Direct quotes and their speakers, detected in the story's current text. */
  'stories.quotes': { req: { id: number }; res: DetectedQuote[] };
  'stories.export': { req: { id: number; format: StoryExportFormat }; res: ExportedStory };
  'stories.revision': { req: { id: number; number: number }; res: RevisionContent };
  /** Makes an old revision current again; the restore is itself a new revision. */
  'stories.restoreRevision': {
    /** `session`: the restoring editor's, so that its own window does not take it for another's. */
    req: { id: number; number: number; baseRevision?: number; session?: string };
    res: { id: number; revision: number; updatedAt: string };
  };
  'annotations.list': { req: { storyId: number }; res: Annotation[] };
  /** The id is chosen by the editor, which puts it on the MarkNode before the record exists. */
  'annotations.create': {
    req: {
      id: string;
      storyId: number;
      type: AnnotationType;
      status?: AnnotationStatus;
      speaker?: string | null;
      sourceName?: string | null;
      sourceUrl?: string | null;
      quote: string;
      prefix?: string;
      suffix?: string;
    };
    res: Annotation;
  };
  'annotations.update': {
    req: {
      id: string;
      type?: AnnotationType;
      status?: AnnotationStatus;
      speaker?: string | null;
      sourceName?: string | null;
      sourceUrl?: string | null;
    };
    res: Annotation;
  };
  'annotations.delete': { req: { id: string }; res: Annotation[] };
  'annotations.addNote': { req: { id: string; text: string }; res: Annotation };
  /** Detected quotes not yet annotated or dismissed: suggestions to accept or dismiss. */
  'quotes.suggestions': { req: { storyId: number }; res: DetectedQuote[] };
  'quotes.dismiss': { req: { storyId: number; quote: string }; res: { dismissed: true } };
  /** Takes a dismissal back (a click by mistake): the quote is suggested again. */
  'quotes.undismiss': { req: { storyId: number; quote: string }; res: { undismissed: true } };
  'stories.revisions': { req: { id: number }; res: RevisionSummary[] };
  'digests.create': {
    req: {
      date: string;
      title?: string;
      timezone?: string;
      closeTime?: string;
      fromPrevious?: boolean;
    };
    res: Digest;
  };
  'digests.list': { req: Record<string, never>; res: DigestSummary[] };
  'digests.get': { req: { id: number }; res: Digest };
  'digests.update': {
    req: {
      id: number;
      title?: string;
      subject?: string;
      preheader?: string;
      intro?: LexicalStateJson | null;
      signoff?: string | null;
      timezone?: string;
      closeTime?: string;
      language?: 'bg' | 'en' | 'ru';
    };
    res: Digest;
  };
  /** The stories of the edition's 24-hour window, filtered; `used` marks those already in it. */
  'digests.window': {
    req: { id: number; limit?: number } & WindowStoryFilters;
    res: WindowStory[];
  };
  /** The window's sources, languages and wire sections (the list shows a page of it), and its size. */
  'digests.windowFacets': { req: { id: number }; res: WindowFacets };
  'digests.addStory': {
    req: { digestId: number; storyIds: number[]; sectionId?: number | null };
    res: Digest;
  };
  'digests.removeItem': { req: { digestId: number; itemId: number }; res: Digest };
  /**
   * Puts a removed story back (the board's "Undo"): at `position` of `sectionId` (null: the lead;
   * a section deleted meanwhile: the lead), with the overrides it had, and the story revision
   * they were written against (`overridesRevision`, as the item had it; without it, now). A
   * story already in the edition (added again meanwhile) stays where it is.
   */
  'digests.restoreItem': {
    req: {
      digestId: number;
      storyId: number;
      sectionId: number | null;
      position: number;
      headlineOverride?: string | null;
      summaryOverride?: string | null;
      showByline?: boolean;
      showSource?: boolean;
      showImage?: boolean;
      showBody?: boolean;
      overridesRevision?: number | null;
    };
    res: Digest;
  };
  /** Moves an item to `position` within `sectionId` (null: the lead). */
  'digests.moveItem': {
    req: { digestId: number; itemId: number; sectionId: number | null; position: number };
    res: Digest;
  };
  'digests.updateItem': {
    req: {
      digestId: number;
      itemId: number;
      headlineOverride?: string | null;
      summaryOverride?: string | null;
      showByline?: boolean;
      showSource?: boolean;
      showImage?: boolean;
      showBody?: boolean;
    };
    res: Digest;
  };
  'digests.addSection': { req: { digestId: number; name: string }; res: Digest };
  'digests.renameSection': {
    req: { digestId: number; sectionId: number; name: string };
    res: Digest;
  };
  'digests.moveSection': {
    req: { digestId: number; sectionId: number; position: number };
    res: Digest;
  };
  'digests.deleteSection': { req: { digestId: number; sectionId: number }; res: Digest };
  /**
   * Exports after the pre-send checks; serious findings answer `blocked` (their list in the
   * message) unless `override.reason` is given, which is recorded with the findings.
   */
  'digests.export': {
    req: { id: number; format: ExportFormat; override?: { reason: string } };
    res: ExportedDigest & { findings: CheckFinding[] };
  };
  'digests.check': { req: { id: number }; res: CheckFinding[] };
  /**
   * The online part of the checks, on request: every web link and picture of the edition
   * visited; those that lead nowhere are warnings (`link-broken`, `link-unreachable`).
   */
  'digests.checkLinks': { req: { id: number }; res: { checked: number; findings: CheckFinding[] } };
  /** As digests.export, never blocked by the checks and recording nothing: for looking. */
  'digests.preview': {
    req: { id: number; format: ExportFormat };
    res: ExportedDigest & { findings: CheckFinding[] };
  };
  'feeds.list': { req: Record<string, never>; res: FeedSubscription[] };
  'feeds.add': { req: { url: string; intervalMinutes?: number }; res: FeedSubscription };
  'feeds.remove': { req: { id: number }; res: FeedSubscription[] };
  /** Polls now: one feed, or every feed that is due. */
  'feeds.poll': { req: { id?: number }; res: ImportReport };
  'watch.get': { req: Record<string, never>; res: WatchFolderState };
  /** Sets (or, with null, clears) the watched folder; the serving process starts watching it. */
  'watch.set': { req: { folder: string | null }; res: WatchFolderState };
  'settings.get': { req: Record<string, never>; res: Settings };
  'settings.set': { req: SettingsUpdate; res: Settings };
  /** Backups beside the database, newest first. */
  'backups.list': { req: Record<string, never>; res: BackupInfo[] };
  /** "Back up now": a consistent copy through SQLite's online backup API. */
  'backups.create': { req: Record<string, never>; res: BackupInfo };
  /**
   * Replaces the open database with one of its listed backups (named, not a path: the renderer
   * cannot point the store at an arbitrary file). The replaced file is kept aside.
   */
  'backups.restore': { req: { name: string }; res: RestoreResult };
  /** First run: imports the project's sample stories and arranges them into a full edition. */
  'samples.loadEdition': {
    req: Record<string, never>;
    res: { digest: Digest; report: ImportReport };
  };
}

export type RequestName = keyof Requests;
export type RequestOf<K extends RequestName> = Requests[K]['req'];
export type ResponseOf<K extends RequestName> = Requests[K]['res'];

/** Every request name, for doors that must enumerate them (preload, HTTP routing). */
export const REQUEST_NAMES = [
  'stories.import',
  'stories.importText',
  'stories.list',
  'stories.get',
  'stories.save',
  'stories.revisions',
  'stories.quotes',
  'stories.export',
  'stories.revision',
  'stories.restoreRevision',
  'annotations.list',
  'annotations.create',
  'annotations.update',
  'annotations.delete',
  'annotations.addNote',
  'quotes.suggestions',
  'quotes.dismiss',
  'quotes.undismiss',
  'digests.create',
  'digests.list',
  'digests.get',
  'digests.update',
  'digests.window',
  'digests.windowFacets',
  'digests.addStory',
  'digests.removeItem',
  'digests.restoreItem',
  'digests.moveItem',
  'digests.updateItem',
  'digests.addSection',
  'digests.renameSection',
  'digests.moveSection',
  'digests.deleteSection',
  'digests.export',
  'digests.check',
  'digests.checkLinks',
  'digests.preview',
  'feeds.list',
  'feeds.add',
  'feeds.remove',
  'feeds.poll',
  'watch.get',
  'watch.set',
  'settings.get',
  'settings.set',
  'backups.list',
  'backups.create',
  'backups.restore',
  'samples.loadEdition',
] as const satisfies readonly RequestName[];

// Compile-time check that REQUEST_NAMES lists every request of the map.
type Missing = Exclude<RequestName, (typeof REQUEST_NAMES)[number]>;
const everyRequestListed: Missing extends never ? true : Missing = true;
void everyRequestListed;

export function isRequestName(name: string): name is RequestName {
  return (REQUEST_NAMES as readonly string[]).includes(name);
}

/** What the renderer sees as `window.api`: one async method per request, answers wrapped. */
export type EditionApi = {
  [K in RequestName]: (req: RequestOf<K>) => Promise<Result<ResponseOf<K>>>;
};

/** The IPC channel of one request: one channel per request, never a generic `send`. */
export function ipcChannel(name: RequestName): string {
  return `edition:${name}`;
}
