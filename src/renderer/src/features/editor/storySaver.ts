import type { RequestOf, ResponseOf } from '@shared/api';
import type { LexicalStateJson } from '@shared/model';
import { toErrorInfo } from '@renderer/app/errors/ErrorsContext';

export type SaveState =
  | { kind: 'saved' }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'error'; message: string; code?: string }
  /** The story was saved elsewhere (another window, a wire update) since this editor loaded it. */
  | { kind: 'conflict' };

type SaveRequest = RequestOf<'stories.save'>;

/** The story's own fields beside headline and body; an emptied field is saved as null (cleared). */
export type StoryField = 'summary' | 'byline' | 'dateline' | 'source';
type SaveAnswer = ResponseOf<'stories.save'>;

export interface StorySaverOptions {
  id: number;
  revision: number;
  save: (req: SaveRequest) => Promise<SaveAnswer>;
  delayMs?: number;
  /** The longest a change waits for its save while typing goes on (the debounce keeps moving). */
  maxWaitMs?: number;
  /**
   * Names this editor to the store, which folds its saves within minutes into one revision
   * (`stories.save`'s `session`); without it every save is a revision of its own.
   */
  session?: string;
}

export const AUTOSAVE_DELAY_MS = 800;
/** Bounds what a crash can take: at most this much typing is ever unsaved (issue 6). */
export const AUTOSAVE_MAX_WAIT_MS = 2000;

/** Saves still travelling, per story: a story is not reloaded before its last save has landed. */
const inFlightByStory = new Map<number, Promise<void>>();

export function whenSaved(storyId: number): Promise<void> {
  return inFlightByStory.get(storyId) ?? Promise.resolve();
}

const SAVED: SaveState = { kind: 'saved' };
const UNSAVED: SaveState = { kind: 'unsaved' };
const SAVING: SaveState = { kind: 'saving' };
const CONFLICT: SaveState = { kind: 'conflict' };

/**
 * Autosave for one open story, outside React so that its timing is plain to read and test.
 * Changes are counted; a save sends what is current when it starts, and the story is "saved"
 * only when no change arrived meanwhile. A failed save leaves the changes pending (the editor
 * still holds them) and is retried on the next change or flush: typing is never dropped.
 * A save waits for a pause in typing (`delayMs`), but never longer than `maxWaitMs` after the
 * first change that no started save carries, so continuous typing is still saved.
 */
export class StorySaver {
  private readonly id: number;
  private readonly send: StorySaverOptions['save'];
  private readonly delayMs: number;
  private readonly maxWaitMs: number;
  private readonly session: string | undefined;
  private baseRevision: number;
  private readBody: (() => LexicalStateJson) | null = null;
  private headline: string | null = null;
  private readonly fields: Partial<Record<StoryField, string | null>> = {};
  private changes = 0;
  private savedChanges = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Runs from the first change not carried by a started save; never pushed back by typing. */
  private deadline: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private state: SaveState = SAVED;
  /** The next save goes over whatever was saved elsewhere (keepMine, close). */
  private overwrite = false;
  private readonly listeners = new Set<() => void>();
  private savedListener: ((answer: SaveAnswer) => void) | null = null;

  constructor(options: StorySaverOptions) {
    this.id = options.id;
    this.baseRevision = options.revision;
    this.send = options.save;
    this.delayMs = options.delayMs ?? AUTOSAVE_DELAY_MS;
    this.maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    this.session = options.session;
  }

  /** For useSyncExternalStore. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getState = (): SaveState => this.state;

  readonly onSaved = (listener: ((answer: SaveAnswer) => void) | null): void => {
    this.savedListener = listener;
  };

  /** The body changed; `read` serialises it later, only when a save actually starts. */
  readonly bodyChanged = (read: () => LexicalStateJson): void => {
    this.readBody = read;
    this.changed();
  };

  readonly headlineChanged = (headline: string): void => {
    this.headline = headline;
    this.changed();
  };

  readonly fieldChanged = (field: StoryField, value: string): void => {
    this.fields[field] = value.trim() === '' ? null : value;
    this.changed();
  };

  /** The revision the next save starts from: the story's, or what the last save answered. */
  get revision(): number {
    return this.baseRevision;
  }

  /** The editing session this editor names in its saves (and its restores). */
  get sessionId(): string | undefined {
    return this.session;
  }

  /**
   * Whether a save main announced (`story.saved`) was made elsewhere — another window, another
   * editing session — and after the text this editor holds: not this editor's own, whose
   * announcement may arrive before its answer.
   */
  savedElsewhere(saved: { revision: number; session: string | null }): boolean {
    return saved.session !== (this.session ?? null) && saved.revision > this.baseRevision;
  }

  get hasPendingChanges(): boolean {
    return this.changes !== this.savedChanges;
  }

  /** Saves now whatever is pending (story switch, window hidden or closing). */
  readonly flush = async (): Promise<void> => {
    this.clearTimers();
    while (this.inFlight) await this.inFlight;
    // The landed save may have scheduled another; this one carries everything pending instead.
    this.clearTimers();
    if (!this.hasPendingChanges) return;
    const upTo = this.changes;
    // `overwrite`: the store saves over a change made elsewhere; that version stays in the
    // story's revisions, and a wire update among it is flagged as the story's wire conflict.
    const request: SaveRequest = { id: this.id, baseRevision: this.baseRevision };
    if (this.overwrite) request.overwrite = true;
    if (this.session) request.session = this.session;
    if (this.readBody) request.body = this.readBody();
    // A story always has a headline: a cleared field keeps the stored one (the field says so)
    // rather than blocking the body's save behind a refusal.
    if (this.headline !== null && this.headline.trim() !== '') request.headline = this.headline;
    Object.assign(request, this.fields);
    const fieldsChanged = Object.keys(this.fields).length > 0;
    if (request.body === undefined && request.headline === undefined && !fieldsChanged) {
      // Only a cleared headline changed: there is nothing to write yet.
      this.savedChanges = upTo;
      this.setState(SAVED);
      return;
    }
    this.setState(SAVING);
    const done = this.send(request).then(
      (answer) => {
        this.baseRevision = answer.revision;
        this.overwrite = false;
        this.savedChanges = upTo;
        if (this.hasPendingChanges) {
          this.setState(UNSAVED);
          this.schedule();
        } else {
          this.setState(SAVED);
        }
        this.savedListener?.(answer);
      },
      (error: unknown) => {
        const info = toErrorInfo(error);
        this.setState(
          info.code === 'conflict'
            ? CONFLICT
            : { kind: 'error', message: info.message, code: info.code },
        );
      },
    );
    const tracked = done.finally(() => {
      this.inFlight = null;
      if (inFlightByStory.get(this.id) === tracked) inFlightByStory.delete(this.id);
    });
    this.inFlight = tracked;
    inFlightByStory.set(this.id, tracked);
    await tracked;
  };

  /**
   * The editor's copy goes over a version saved elsewhere since it loaded (the person chose it).
   * Nothing is lost: the other version is a revision of its own in the story's history.
   */
  readonly keepMine = async (): Promise<void> => {
    this.overwrite = true;
    await this.flush();
  };

  /**
   * The story is being closed: what is pending is saved, over a version saved elsewhere if need
   * be, since the editor holding it goes away (that version stays in the revisions).
   */
  readonly close = async (): Promise<void> => {
    while (this.inFlight) await this.inFlight;
    if (this.state.kind === 'conflict') this.overwrite = true;
    await this.flush();
    // The last save met the change made elsewhere only now.
    if (this.state.kind === 'conflict') await this.keepMine();
  };

  private changed(): void {
    this.changes += 1;
    // After a failure the error stays visible until a retry succeeds.
    if (this.state.kind === 'unsaved' || this.state.kind === 'saved') this.setState(UNSAVED);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, this.delayMs);
    this.deadline ??= setTimeout(() => {
      this.deadline = null;
      void this.flush();
    }, this.maxWaitMs);
  }

  private clearTimers(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    if (this.deadline !== null) clearTimeout(this.deadline);
    this.timer = null;
    this.deadline = null;
  }

  private setState(state: SaveState): void {
    if (state === this.state) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
