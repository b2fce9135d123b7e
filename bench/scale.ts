import { archiveDb } from './archive';
import { browserFigures, type BrowserFigures } from './scale-browser';
import { growth } from './scale-stats';
import { storeFigures, type StoreFigures } from './scale-store';

/**
 * Issue 6's figures: a generated archive of 10,000 and of 100,000 stories (SCALE_SIZES to
 * choose others), measured in the store and in Chromium against `edition serve`, with how
 * each figure grew from the smallest archive to the largest. Targets, for reading the output:
 * search p95 < 5 ms in the store, keypress to results < 50 ms, first paint < 1 s, serving
 * process < 250 MB. SCALE_BROWSER=0 skips Chromium (needs a fresh `npx electron-vite build`).
 */
interface SizeFigures {
  generatedMs: number | null;
  store: StoreFigures;
  browser: BrowserFigures | null;
}

const SIZES = (process.env.SCALE_SIZES ?? '10000,100000').split(',').map(Number);

export async function scaleBenchmark(): Promise<Record<string, unknown>> {
  const bySize: Record<string, SizeFigures> = {};
  for (const size of SIZES) {
    const { path, generatedMs } = await archiveDb(size);
    const store = storeFigures(path);
    const browser =
      process.env.SCALE_BROWSER === '0' ? null : await browserFigures(path, String(size));
    bySize[size] = { generatedMs, store, browser };
  }
  const small = bySize[Math.min(...SIZES)]!;
  const large = bySize[Math.max(...SIZES)]!;
  return { sizes: bySize, growth: growthOf(small, large) };
}

/** The headline figures, large archive over small. */
function growthOf(small: SizeFigures, large: SizeFigures): Record<string, number | null> {
  const figures: Record<string, (size: SizeFigures) => number | null | undefined> = {
    searchP95: (s) => s.store.search.p95,
    searchP50: (s) => s.store.search.p50,
    listFirstPageP95: (s) => s.store.list.first.p95,
    listDeepPageP95: (s) => s.store.list.deep.p95,
    windowP95: (s) => s.store.window.all.p95,
    windowSearchP95: (s) => s.store.window.search.p95,
    firstPaint: (s) => s.browser?.load.firstPaintMs,
    inboxShown: (s) => s.browser?.load.inboxShownMs,
    keypressToResultsP95: (s) => s.browser?.keypressToResults.p95,
    scrollPageP95: (s) => s.browser?.scrollPage.p95,
    serveRss: (s) => s.browser?.serveMemory.rssMb,
    servePeakRss: (s) => s.browser?.serveMemory.peakRssMb,
    fileMb: (s) => s.store.fileMb,
  };
  return Object.fromEntries(
    Object.entries(figures).map(([name, of]) => {
      const a = of(small);
      const b = of(large);
      return [name, a == null || b == null ? null : growth(a, b)];
    }),
  );
}
