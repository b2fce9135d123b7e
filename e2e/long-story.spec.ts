import type { Locator, Page } from '@playwright/test';
import type { LexicalStateJson } from '../src/shared/model';
import { markedBody } from '../src/main/test/marked-body';
import { test, expect } from './support/fixtures';
import { apiClient } from './support/xss-api';

const PARAGRAPHS = 240;
/** Paragraphs with a quote marked in them: near the top, in the middle, near the end. */
const MARKED = [3, 120, 236];
const WORDS =
  'министърът каза днес пред журналисти че бюджетът ще бъде приет до края на месеца'.split(' ');

/**
 * A long story whose paragraphs differ a lot in length (one line to ten), so that the editor
 * cannot guess the height of the text it has not laid out yet.
 */
function longStory(): LexicalStateJson {
  return markedBody(
    Array.from({ length: PARAGRAPHS }, (_, p) => {
      const length = 8 + ((p * 37) % 140);
      const words = Array.from({ length }, (_, w) => WORDS[(p + w) % WORDS.length]!).join(' ');
      return MARKED.includes(p)
        ? `${words} [[jump-${p}|цитат номер ${p}]] край на абзаца.`
        : `${words} абзац ${p}.`;
    }),
  );
}

/** Waits until the page stops scrolling (smooth scrolls and any correction after them). */
async function settled(page: Page): Promise<void> {
  let last = '';
  await expect
    .poll(
      async () => {
        // Every pane's scroll position (in-page code as text: the tests have no DOM types).
        const now: string = await page.evaluate(`[...document.querySelectorAll('*')]
          .filter((element) => element.scrollTop > 0)
          .map((element) => element.scrollTop)
          .join(',')`);
        const still = now === last;
        last = now;
        return still;
      },
      { intervals: [250], timeout: 10_000 },
    )
    .toBe(true);
}

/** Where the mark is: 'visible' when on screen and the point at its centre is inside it. */
function whereIs(mark: Locator): Promise<string> {
  return mark.evaluate((element) => {
    const page = element.ownerDocument;
    const box = element.getBoundingClientRect();
    const x = box.left + Math.min(box.width / 2, 20);
    const y = box.top + box.height / 2;
    if (y < 0 || y > page.documentElement.clientHeight) return `off screen at y=${Math.round(y)}`;
    const hit = page.elementFromPoint(x, y);
    return hit !== null && element.contains(hit) ? 'visible' : `covered by ${hit?.tagName}`;
  });
}

/**
 * The mark comes into view, and stays there once the page stops scrolling (no correction takes
 * it away again). Waited for rather than assumed after a fixed pause: on a loaded machine the
 * smooth scroll can start after the first stillness check.
 */
async function expectInView(page: Page, mark: Locator): Promise<void> {
  await expect.poll(() => whereIs(mark), { timeout: 10_000 }).toBe('visible');
  await settled(page);
  expect(await whereIs(mark)).toBe('visible');
}

/** The long story in a fresh store, its three quotes annotated; returns its id. */
async function seedLongStory(serverUrl: string): Promise<number> {
  const api = apiClient(serverUrl);
  const report = await api('stories.importText', { text: 'Дълга история\n\nвременен текст' });
  const id = report.imported[0]!.id;
  for (const p of MARKED)
    await api('annotations.create', {
      id: `jump-${p}`,
      storyId: id,
      type: 'quote',
      quote: `цитат номер ${p}`,
    });
  await api('stories.save', { id, body: longStory() });
  return id;
}

/** Opens the long story on a 1280×800 screen; returns its body. */
async function openLongStory(page: Page, serverUrl: string) {
  const id = await seedLongStory(serverUrl);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${serverUrl}#/story/${id}`);
  return page.getByTestId('editor');
}

test('the annotations list jumps to a quote anywhere in a long story, down and back up', async ({
  page,
  edition,
}) => {
  const body = await openLongStory(page, edition.url);
  await page.getByTestId('annotations-tab').click();
  const jumpTo = async (p: number) => {
    await page
      .getByTestId('annotation-item')
      .filter({ hasText: `цитат номер ${p}` })
      .getByRole('button', { name: `цитат номер ${p}` })
      .click();
    await expectInView(page, body.locator('mark', { hasText: `цитат номер ${p}` }));
  };
  for (const p of [236, 3, 120, 236]) await jumpTo(p);
  // Without animation, for those who asked their system for less motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const p of [3, 236, 120]) await jumpTo(p);
});

/** Which paragraph of the story the caret is in (its focus may be text or an empty block). */
function caretParagraph(page: Page): Promise<number> {
  return page.evaluate(`(() => {
    const node = getSelection().focusNode;
    const p = (node.nodeType === 1 ? node : node.parentElement).closest('p');
    return [...p.parentElement.children].indexOf(p);
  })()`);
}

/** The caret is on screen, inside the editor and not under anything. */
async function expectCaretInView(page: Page): Promise<void> {
  const where: string = await page.evaluate(`(() => {
    const range = getSelection().getRangeAt(0);
    const box = range.getClientRects()[0] ?? range.getBoundingClientRect();
    const y = box.top + box.height / 2;
    if (y < 0 || y > document.documentElement.clientHeight) return 'off screen at y=' + Math.round(y);
    const hit = document.elementFromPoint(Math.max(box.left - 2, 1), y);
    return hit && hit.closest('[data-testid="editor"]') ? 'visible' : 'covered by ' + hit?.tagName;
  })()`);
  expect(where).toBe('visible');
}

test('Ctrl+End and Ctrl+Home reach the very end and start of a long story, also to select', async ({
  page,
  edition,
}) => {
  const body = await openLongStory(page, edition.url);
  const paragraphs = body.locator('p');
  await expect(paragraphs).toHaveCount(PARAGRAPHS);
  await paragraphs.nth(5).click();

  await page.keyboard.press('Control+End');
  await settled(page);
  await page.keyboard.type(' КРАЙ');
  await expect(paragraphs.last()).toHaveText(/абзац 239\. КРАЙ$/);
  await expectCaretInView(page);

  await page.keyboard.press('Control+Home');
  await settled(page);
  await page.keyboard.type('НАЧАЛО ');
  await expect(paragraphs.first()).toHaveText(/^НАЧАЛО /);
  await expectCaretInView(page);

  // With Shift, from where the caret is to the end: the selection ends with the story.
  await page.keyboard.press('Control+Shift+End');
  const selected: string = await page.evaluate('getSelection().toString()');
  expect(selected).not.toContain('НАЧАЛО');
  expect(selected.trimEnd().endsWith('КРАЙ')).toBe(true);
  expect(selected.length).toBeGreaterThan(10_000);
});

test('Page Down and Page Up move the caret a screen at a time and keep it on screen', async ({
  page,
  edition,
}) => {
  const body = await openLongStory(page, edition.url);
  await body.locator('p').nth(2).click();
  let last = await caretParagraph(page);
  for (let screen = 0; screen < 3; screen += 1) {
    for (let i = 0; i < 4; i += 1) await page.keyboard.press('PageDown');
    await settled(page);
    await expectCaretInView(page);
    const now = await caretParagraph(page);
    expect(now).toBeGreaterThan(last);
    last = now;
  }
  for (let i = 0; i < 4; i += 1) await page.keyboard.press('PageUp');
  await settled(page);
  await expectCaretInView(page);
  expect(await caretParagraph(page)).toBeLessThan(last);
  // And typing goes where the caret shows.
  await page.keyboard.type('ТУК');
  await expectCaretInView(page);
  // With Shift, a screen of text is selected from there.
  await page.keyboard.press('Shift+PageDown');
  await expect
    .poll(async () => ((await page.evaluate('getSelection().toString()')) as string).length)
    .toBeGreaterThan(300);
});

/**
 * Frames come late, as on a busy machine: each animation frame's work waits `ms` more. A page
 * move places its caret two frames on; the keys a fast typist presses meanwhile must not go
 * where the caret was.
 */
async function slowFrames(page: Page, ms: number): Promise<void> {
  await page.evaluate(`(() => {
    const frame = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (work) => frame((time) => setTimeout(() => work(time), ${ms}));
  })()`);
}

test('keys typed before Page Down has placed the caret are typed where it lands', async ({
  page,
  edition,
}) => {
  const body = await openLongStory(page, edition.url);
  await body.locator('p').nth(2).click();
  const start = await caretParagraph(page);
  await slowFrames(page, 300);
  await page.keyboard.press('PageDown');
  // Real key events (ASCII): a word, a new paragraph, a second word less its last letter.
  await page.keyboard.type('FAST');
  await page.keyboard.press('Enter');
  await page.keyboard.type('TYPISTX');
  await page.keyboard.press('Backspace');
  await expect(body.locator('p', { hasText: 'TYPIST' })).toHaveCount(1);
  await settled(page);
  expect(await body.locator('p').nth(start).textContent()).not.toContain('FAST');
  const typed = body.locator('p', { hasText: 'FAST' });
  await expect(typed).toHaveCount(1);
  const paragraphs = body.locator('p');
  const index = await typed.evaluate((p) => [...p.parentElement!.children].indexOf(p));
  expect(index).toBeGreaterThan(start);
  // The paragraph after it begins with the second word, and the caret is after it, on screen
  // (where the caret was is a screen above, out of view).
  expect(await paragraphs.nth(index + 1).textContent()).toMatch(/^TYPIST(?!X)/);
  expect(await caretParagraph(page)).toBe(index + 1);
  await expectCaretInView(page);

  // Ctrl+End before the page move has placed the caret: the keys land there, then the end.
  await page.keyboard.press('PageDown');
  await page.keyboard.type('AGAIN');
  await page.keyboard.press('Control+End');
  await settled(page);
  const again = body.locator('p', { hasText: 'AGAIN' });
  await expect(again).toHaveCount(1);
  const last = (await paragraphs.count()) - 1;
  expect(await again.evaluate((p) => [...p.parentElement!.children].indexOf(p))).toBeLessThan(last);
  expect(await caretParagraph(page)).toBe(last);
});

test('Page Down also starts from an empty paragraph', async ({ page, edition }) => {
  const api = apiClient(edition.url);
  const report = await api('stories.importText', { text: 'С празни редове\n\nвременен текст' });
  const id = report.imported[0]!.id;
  // Every third paragraph empty, as pasted copy often has.
  const paragraphs = Array.from({ length: 200 }, (_, p) =>
    p % 3 === 1 ? '' : `${WORDS.join(' ')} абзац ${p}.`,
  );
  await api('stories.save', { id, body: markedBody(paragraphs) });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${edition.url}#/story/${id}`);
  const body = page.getByTestId('editor');
  await body.locator('p').nth(4).click();
  await page.keyboard.press('PageDown');
  await settled(page);
  await expectCaretInView(page);
  expect(await caretParagraph(page)).toBeGreaterThan(8);
});

test('Ctrl+End and Page Down type in the format of the text they reach, not of where the caret was', async ({
  page,
  edition,
}) => {
  const api = apiClient(edition.url);
  const html =
    '<html><body><h1>Проба за формат</h1><p><b>Русе</b> — обикновен текст.</p><p>Последен абзац без формат.</p></body></html>';
  const report = await api('stories.import', {
    files: [{ name: 'format.html', dataBase64: Buffer.from(html).toString('base64') }],
  });
  await page.goto(`${edition.url}#/story/${report.imported[0]!.id}`);
  const body = page.getByTestId('editor');
  const bold = body.locator('strong', { hasText: 'Русе' });
  // Page Down places the caret two frames on: the text is typed before then, and so held and
  // typed where the caret lands, in the format found there.
  await slowFrames(page, 300);
  for (const key of ['Control+End', 'PageDown']) {
    await bold.click(); // the caret in the bold word
    await page.keyboard.press(key);
    await page.keyboard.type(` plain ${key}`);
    const last = body.locator('p').last();
    await expect(last).toContainText(`plain ${key}`);
    await expect(last.locator('strong')).toHaveCount(0);
  }
});
