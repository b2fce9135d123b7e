/**
 * Scripts the scale benchmark runs inside the page, as strings: functions compiled by tsx
 * carry helpers (`__name`) that do not exist in the browser.
 */

/** Installed before the app loads: when the first story card is in the DOM, and its frame. */
export const WATCH_FIRST_CARD = `
  window.__scale = { firstCardAt: null, firstCardFrame: null };
  new MutationObserver((_, observer) => {
    if (!document.querySelector('[data-testid="story-card"]')) return;
    observer.disconnect();
    window.__scale.firstCardAt = performance.now();
    requestAnimationFrame(() => { window.__scale.firstCardFrame = performance.now(); });
  }).observe(document, { subtree: true, childList: true });
`;

/** Paint timings and when the inbox first showed a story (ms since navigation start). */
export const LOAD_FIGURES = `(() => {
  const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    firstPaintMs: paint['first-paint'] ?? null,
    firstContentfulPaintMs: paint['first-contentful-paint'] ?? null,
    domContentLoadedMs: nav ? nav.domContentLoadedEventEnd : null,
    inboxShownMs: window.__scale.firstCardFrame,
  };
})()`;

/**
 * Arms a measurement for one keypress: from the keydown in the search box to the frame in
 * which the list (or its "no matches" note) shows the answer for `term` — found by the
 * `data-search` the inbox puts on what it shows. Resolves window.__keypress with milliseconds.
 */
export const armKeypress = (term: string): string => `(() => {
  const term = ${JSON.stringify(term)};
  performance.clearResourceTimings();
  const input = document.querySelector('[data-testid="search-input"]');
  let keydown = null;
  // Playwright types a letter that is not on a US keyboard as input alone, without keydown:
  // whichever of the two comes first marks the keypress.
  const mark = (event) => { keydown ??= event.timeStamp; };
  input.addEventListener('keydown', mark, { once: true, capture: true });
  input.addEventListener('input', mark, { once: true, capture: true });
  window.__keypress = new Promise((resolve) => {
    const check = () => {
      if (keydown === null) return;
      const shown = document.querySelector('[data-search]');
      if (!shown || shown.getAttribute('data-search') !== term) return;
      observer.disconnect();
      requestAnimationFrame(() => {
        const requests = performance.getEntriesByType('resource').filter((e) => e.name.includes('/api/stories.list'));
        const last = requests[requests.length - 1];
        resolve({ ms: performance.now() - keydown, serverMs: last ? last.responseStart - last.requestStart : null });
      });
    };
    const observer = new MutationObserver(check);
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-search'] });
  });
})()`;

/** What the inbox shows answers this search. */
export const shows = (term: string): string =>
  `document.querySelector('[data-search]')?.getAttribute('data-search') === ${JSON.stringify(term)}`;

/** The highest list position rendered so far (aria-posinset of the last card in the DOM). */
export const LAST_POSITION = `(() => {
  const cards = document.querySelectorAll('[data-testid="story-card"][aria-posinset]');
  return cards.length ? Number(cards[cards.length - 1].getAttribute('aria-posinset')) : 0;
})()`;

export const SCROLL_TO_END = `(() => {
  const scroller = document.querySelector('[data-testid="story-scroller"]');
  scroller.scrollTop = scroller.scrollHeight;
})()`;
