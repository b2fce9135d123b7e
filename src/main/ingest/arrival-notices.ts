import type { ArrivalNotice } from '../../shared/events';

/** IPTC urgency 1 (flash) and 2 (urgent): worth interrupting an editor for. */
export const URGENT_UP_TO = 2;

export interface Arrival {
  id: number;
  headline: string;
  urgency: number | null;
}

export interface NoticeTiming {
  /** Ordinary arrivals: at most one notice per this many ms; the rest are gathered into it. */
  batchMs: number;
  /** Urgent items go out at once, but no more often than this. */
  urgentGapMs: number;
}

const DEFAULT_TIMING: NoticeTiming = { batchMs: 60_000, urgentGapMs: 10_000 };

/**
 * Turns arrivals from feeds and the watched folder into few notices: a busy wire delivers
 * hundreds of items an hour, and a notice for each would train editors to ignore them all. The
 * first arrival after a quiet spell is announced at once; later ones are gathered until the
 * interval ends. A flash or urgent item is announced at once (rate-limited), naming it.
 */
export class ArrivalNotices {
  private pending: Arrival[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private timerDue = Infinity;
  private lastSent = -Infinity;
  private lastUrgent = -Infinity;

  constructor(
    private readonly send: (notice: ArrivalNotice) => void,
    private readonly timing: NoticeTiming = DEFAULT_TIMING,
    private readonly clock: () => number = Date.now,
  ) {}

  record(arrivals: readonly Arrival[]): void {
    if (arrivals.length === 0) return;
    this.pending.push(...arrivals);
    const now = this.clock();
    const urgent = this.pending.some(isUrgent);
    // Due when the batch interval ends; an urgent item as soon as the urgent gap allows.
    let due = this.lastSent + this.timing.batchMs;
    if (urgent) due = Math.min(due, this.lastUrgent + this.timing.urgentGapMs);
    if (due <= now) {
      this.flush();
      return;
    }
    if (this.timer && this.timerDue <= due) return;
    this.stop();
    this.timerDue = due;
    this.timer = setTimeout(() => this.flush(), due - now);
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private flush(): void {
    this.stop();
    const arrivals = this.pending;
    this.pending = [];
    if (arrivals.length === 0) return;
    const urgent = arrivals.filter(isUrgent);
    const lead = urgent[0] ?? arrivals[0]!;
    const now = this.clock();
    this.lastSent = now;
    if (urgent.length > 0) this.lastUrgent = now;
    this.send({
      count: arrivals.length,
      urgent: urgent.length,
      headline: lead.headline,
      storyId: lead.id,
    });
  }
}

function isUrgent(arrival: Arrival): boolean {
  return arrival.urgency !== null && arrival.urgency <= URGENT_UP_TO;
}
