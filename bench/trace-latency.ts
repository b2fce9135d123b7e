/**
 * Keystroke latency from a Chromium timeline trace: for each keydown on the page's main thread,
 * the time until the end of the next Commit (the frame that carries the change handed to the
 * compositor). What the page's own code and layout cost, without the software compositor's
 * presentation delay of a headless machine without a GPU (which Event Timing includes).
 */
interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  args?: { data?: { type?: string; duration?: number; interactionId?: number } };
}

export interface KeystrokeFrame {
  /** From the keydown to the end of the next Commit. */
  toCommitMs: number;
  /** Of that, the time the main thread was busy (tasks run), the rest being the wait for vsync. */
  busyMs: number;
}

export function keystrokeFrames(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
): KeystrokeFrame[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const layouts = new Map<number, number>();
  for (const event of events)
    if (event.name === 'Layout') layouts.set(event.tid, (layouts.get(event.tid) ?? 0) + 1);
  // The renderer's main thread is the one that lays out.
  const main = [...layouts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const complete = events
    .filter((event) => event.tid === main && event.ph === 'X')
    .sort((a, b) => a.ts - b.ts);
  const commits = complete.filter((event) => event.name === 'Commit');
  const tasks = complete.filter((event) => event.name === 'RunTask');
  const keydowns = complete.filter(
    (event) => event.name === 'EventDispatch' && event.args?.data?.type === 'keydown',
  );
  const frames: KeystrokeFrame[] = [];
  let next = 0;
  for (const keydown of keydowns) {
    while (next < commits.length && commits[next]!.ts < keydown.ts) next += 1;
    const commit = commits[next];
    if (!commit) continue;
    const end = commit.ts + (commit.dur ?? 0);
    let busy = 0;
    for (const task of tasks) {
      const from = Math.max(task.ts, keydown.ts);
      const to = Math.min(task.ts + (task.dur ?? 0), end);
      if (to > from) busy += to - from;
    }
    frames.push({ toCommitMs: (end - keydown.ts) / 1000, busyMs: busy / 1000 });
  }
  return frames;
}

/**
 * The events of a keystroke that Event Timing counts as its interaction and that are handled
 * before the paint showing its letter (beforeinput and input carry no interaction id, and start
 * later towards the same paint).
 */
const KEYSTROKE_EVENTS = new Set(['keydown', 'keypress']);

/**
 * The Event Timing of every keystroke in the trace: input to the next paint's presentation, in
 * milliseconds, unrounded (the Performance API rounds entries to 8 ms and reports none under
 * 16). A keystroke is one interaction (its keydown and keypress share an id); its figure is
 * the longer of the two, as the Performance API's interaction figure (INP) takes it. The key's
 * release is its own paint and not counted.
 */
export function keystrokeEventTimings(
  trace: { traceEvents: TraceEvent[] } | TraceEvent[],
): number[] {
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const byInteraction = new Map<number, number>();
  for (const event of events) {
    const data = event.args?.data;
    if (event.name !== 'EventTiming' || event.ph !== 'b' || !data) continue;
    if (!KEYSTROKE_EVENTS.has(data.type ?? '') || typeof data.duration !== 'number') continue;
    if (!data.interactionId) continue;
    byInteraction.set(
      data.interactionId,
      Math.max(byInteraction.get(data.interactionId) ?? 0, data.duration),
    );
  }
  return [...byInteraction.values()];
}
