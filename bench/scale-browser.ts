import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from '@playwright/test';
import { launchChromium } from './browser-mode';
import { benchQueries } from './scale-queries';
import {
  armKeypress,
  LAST_POSITION,
  LOAD_FIGURES,
  SCROLL_TO_END,
  shows,
  WATCH_FIRST_CARD,
} from './scale-page';
import { serve, type MeasuredServe } from './scale-serve';
import { summarise, type Timings } from './scale-stats';

export interface BrowserFigures {
  serveStartMs: number;
  /** After its URL, until the serving process went idle (its start-up backup, mostly). */
  serveSettleMs: number;
  /** Median of LOADS fresh page loads (an empty browser cache each time). */
  load: {
    firstPaintMs: number | null;
    firstContentfulPaintMs: number | null;
    domContentLoadedMs: number | null;
    inboxShownMs: number | null;
  };
  /** Keydown of a search's last letter to the frame showing its results; `server`: the
   *  stories.list request's time to first byte, the part of it spent outside the page. */
  keypressToResults: Timings & { server: Timings };
  /** Scrolling to the end of what is loaded until the next page's cards are rendered. */
  scrollPage: Timings & { deepestPosition: number };
  /** The serving process after loading, searching and scrolling. */
  serveMemory: { rssMb: number; peakRssMb: number };
  screenshot: string | null;
}

const LOADS = 3;
const KEYPRESS_TERMS = 40;
const SCROLL_PAGES = Number(process.env.SCALE_SCROLL_PAGES ?? 200);
const SCREENSHOTS = join(__dirname, '..', 'test-results');

/**
 * The browser's side of the scale figures: `edition serve` on a copy of the archive (the
 * page may write, the cached archive must not change), driven by Chromium as an editor
 * would: open, search letter by letter, scroll far down.
 */
export async function browserFigures(archive: string, label: string): Promise<BrowserFigures> {
  const folder = mkdtempSync(join(tmpdir(), 'edition-scale-'));
  // Opened before the copy (a partial copy of a large archive is worth removing too); every
  // step after it may fail, and finally stops whatever had started by then.
  let served: MeasuredServe | undefined;
  let browser: Browser | undefined;
  try {
    const db = join(folder, 'edition.db');
    copyFileSync(archive, db);
    const terms = searchTerms(db);
    served = await serve(db);
    const settleMs = await served.settle();
    browser = await launchChromium();
    const loads = [];
    for (let run = 0; run < LOADS; run += 1) loads.push(await measureLoad(browser, served.url));
    const page = await openInbox(browser, served.url);
    const keypress = await measureKeypresses(page, terms);
    const scroll = await measureScrolling(page);
    let screenshot: string | null = null;
    if (process.env.SCALE_SCREENSHOTS !== '0') {
      mkdirSync(SCREENSHOTS, { recursive: true });
      screenshot = join(SCREENSHOTS, `scale-${label}-deep.png`);
      await page.screenshot({ path: screenshot });
    }
    return {
      serveStartMs: served.startMs,
      serveSettleMs: settleMs,
      load: medianLoad(loads),
      keypressToResults: keypress,
      scrollPage: scroll,
      serveMemory: served.memory(),
      screenshot,
    };
  } finally {
    await browser?.close();
    await served?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
}

/** Search terms of one or more words, at least three letters, from the archive's own text. */
function searchTerms(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return benchQueries(db, 99)
      .filter((query) => query.kind !== 'short-prefix' && query.text.length >= 3)
      .filter((_, index) => index % 5 === 0)
      .slice(0, KEYPRESS_TERMS)
      .map((query) => query.text);
  } finally {
    db.close();
  }
}

async function measureLoad(browser: Browser, url: string): Promise<BrowserFigures['load']> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    await page.addInitScript(WATCH_FIRST_CARD);
    await page.goto(url);
    await until(page, 'window.__scale.firstCardFrame !== null', 60_000);
    return (await page.evaluate(LOAD_FIGURES)) as BrowserFigures['load'];
  } finally {
    await context.close();
  }
}

function medianLoad(loads: BrowserFigures['load'][]): BrowserFigures['load'] {
  const median = (key: keyof BrowserFigures['load']) => {
    const values = loads.map((load) => load[key]).filter((v): v is number => v !== null);
    return values.length ? Math.round(summarise(values).p50) : null;
  };
  return {
    firstPaintMs: median('firstPaintMs'),
    firstContentfulPaintMs: median('firstContentfulPaintMs'),
    domContentLoadedMs: median('domContentLoadedMs'),
    inboxShownMs: median('inboxShownMs'),
  };
}

async function openInbox(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByTestId('story-card').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Each term typed but its last letter, settled; then the last letter, timed. */
async function measureKeypresses(
  page: Page,
  terms: string[],
): Promise<BrowserFigures['keypressToResults']> {
  const input = page.getByTestId('search-input');
  const times: number[] = [];
  const server: number[] = [];
  for (const term of terms) {
    await input.fill(term.slice(0, -1));
    await until(page, shows(term.slice(0, -1).trim()));
    await page.evaluate(armKeypress(term));
    await page.keyboard.type(term.slice(-1));
    const measured = (await page.evaluate('window.__keypress')) as {
      ms: number;
      serverMs: number | null;
    };
    times.push(measured.ms);
    if (measured.serverMs !== null) server.push(measured.serverMs);
  }
  await input.fill('');
  await until(page, shows(''));
  return { ...summarise(times), server: summarise(server) };
}

/**
 * Polls an expression in the page until it is true. Not waitForFunction: that evaluates a
 * string with eval(), which the app's Content-Security-Policy rightly refuses.
 */
async function until(
  page: Page,
  expression: string,
  timeoutMs = 30_000,
  fail = true,
): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await page.evaluate(expression)) return true;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  if (fail) throw new Error(`timed out waiting for ${expression}`);
  return false;
}

async function measureScrolling(page: Page): Promise<BrowserFigures['scrollPage']> {
  const times: number[] = [];
  for (let turn = 0; turn < SCROLL_PAGES; turn += 1) {
    const before = (await page.evaluate(LAST_POSITION)) as number;
    const started = performance.now();
    await page.evaluate(SCROLL_TO_END);
    if (!(await until(page, `${LAST_POSITION} > ${before}`, 10_000, false))) break; // the end
    times.push(performance.now() - started);
  }
  return {
    ...summarise(times),
    deepestPosition: (await page.evaluate(LAST_POSITION)) as number,
  };
}
