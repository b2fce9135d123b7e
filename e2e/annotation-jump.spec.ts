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

/** The mark is on screen and not hidden under anything: the point at its centre is inside it. */
async function expectInView(mark: Locator): Promise<void> {
  const visible = await mark.evaluate((element) => {
    const page = element.ownerDocument;
    const box = element.getBoundingClientRect();
    const x = box.left + Math.min(box.width / 2, 20);
    const y = box.top + box.height / 2;
    if (y < 0 || y > page.documentElement.clientHeight) return `off screen at y=${Math.round(y)}`;
    const hit = page.elementFromPoint(x, y);
    return hit !== null && element.contains(hit) ? 'visible' : `covered by ${hit?.tagName}`;
  });
  expect(visible).toBe('visible');
}

test('the annotations list jumps to a quote anywhere in a long story, down and back up', async ({
  page,
  edition,
}) => {
  const api = apiClient(edition.url);
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

  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`${edition.url}#/story/${id}`);
  await page.getByTestId('annotations-tab').click();
  const body = page.getByTestId('editor');
  const jumpTo = async (p: number) => {
    await page
      .getByTestId('annotation-item')
      .filter({ hasText: `цитат номер ${p}` })
      .getByRole('button', { name: `цитат номер ${p}` })
      .click();
    await settled(page);
    await expectInView(body.locator('mark', { hasText: `цитат номер ${p}` }));
  };
  for (const p of [236, 3, 120, 236]) await jumpTo(p);
  // Without animation, for those who asked their system for less motion.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  for (const p of [3, 236, 120]) await jumpTo(p);
});
