/**
 * Typing into a page and reading how long each keystroke took to reach the screen, for the
 * editor benchmark and its baseline (a bare contenteditable): the same keys, the same pace, the
 * same measures, so that the two can be compared.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { summarise, type Timings } from './scale-stats';
import { keystrokeEventTimings, keystrokeFrames } from './trace-latency';

export const KEYSTROKES = 120;

/**
 * How far apart the keys are pressed. `human`: 40 to 120 ms (a fast typist, some 150 words a
 * minute, the gaps spread so that keys land at every point of a frame). `burst`: as fast as
 * Playwright presses keys (3–5 ms apart, several keys in one frame): the work of a frame is
 * then that of several keystrokes, and each waits for the frame the others share.
 */
export type Pace = 'human' | 'burst';

const gapAfter = (pace: Pace, key: number): number =>
  pace === 'burst' ? 0 : 40 + ((key * 37) % 81);

/** ASCII keys: Playwright sends other characters as text input without key events. */
export async function typeKeys(page: Page, pace: Pace): Promise<void> {
  for (let key = 0; key < KEYSTROKES; key += 1) {
    await page.keyboard.press(key % 10 === 9 ? 'Space' : 'KeyA');
    const gap = gapAfter(pace, key);
    if (gap > 0) await page.waitForTimeout(gap);
  }
  await page.waitForTimeout(200);
}

export interface TracedTyping {
  /**
   * Event Timing, the browser's own figure (the Performance API's `event` entries, as the trace
   * records them, not rounded to 8 ms): from the key's input to the presentation of the next
   * frame painted after its handlers (the letter is on screen); per keystroke, the longer of
   * its keydown and keypress.
   */
  eventTimingMs: Timings;
  /** Share of keystrokes with an Event Timing over 16 ms (p95 is within 16 ms below 0.05). */
  shareOver16Ms: number;
  /** From the keydown to the end of the next frame's commit on the main thread. */
  keydownToCommitMs: Timings;
  /** Of that, the main thread's work (the rest is waiting for the frame). */
  keystrokeWorkMs: Timings;
}

/** Types KEYSTROKES keys at `pace` under a Chromium timeline trace, kept at `tracePath`. */
export async function typeTraced(
  browser: Browser,
  page: Page,
  pace: Pace,
  tracePath: string,
): Promise<TracedTyping> {
  await browser.startTracing(page, {
    path: tracePath,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline'],
  });
  await typeKeys(page, pace);
  await browser.stopTracing();
  const trace = JSON.parse(readFileSync(tracePath, 'utf8')) as Parameters<
    typeof keystrokeFrames
  >[0];
  const frames = keystrokeFrames(trace);
  const eventTimings = keystrokeEventTimings(trace);
  // Chromium that records no (or rounded) Event Timing in its trace must not pass for fast.
  if (eventTimings.length < KEYSTROKES * 0.9)
    throw new Error(
      `Event Timing of ${eventTimings.length} of ${KEYSTROKES} keystrokes in the trace`,
    );
  return {
    eventTimingMs: summarise(eventTimings, 1),
    shareOver16Ms: share(eventTimings, 16),
    keydownToCommitMs: summarise(
      frames.map((frame) => frame.toCommitMs),
      1,
    ),
    keystrokeWorkMs: summarise(
      frames.map((frame) => frame.busyMs),
      1,
    ),
  };
}

function share(samples: number[], over: number): number {
  if (samples.length === 0) return NaN;
  return (
    Math.round((samples.filter((value) => value > over).length / samples.length) * 1000) / 1000
  );
}
