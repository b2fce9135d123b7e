import type { Page, Request } from '@playwright/test';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createMarkNode } from '@lexical/mark';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import type { LexicalStateJson } from '../src/shared/model';
import { newEditor } from '../src/main/lexical/body';
import { test, expect } from './support/fixtures';
import { apiClient } from './support/xss-api';
import { MainScreen } from './models/main-screen';

const NBSP = '\u00a0';

/**
 * A body as a story holds it after a paste made before the paste clean-up existed: a
 * `javascript:` link and Word's bullet paragraphs ("·" and no-break spaces), among plain text.
 */
function pastedBody(): LexicalStateJson {
  const editor = newEditor();
  editor.update(
    () => {
      const paragraph = (...texts: string[]) =>
        $createParagraphNode().append(...texts.map((text) => $createTextNode(text)));
      $getRoot().append(
        paragraph('Министърът говори пред депутатите.'),
        $createParagraphNode().append(
          $createTextNode('Вижте '),
          $createLinkNode('javascript:alert(1)').append($createTextNode('опасната връзка')),
          $createTextNode(' и '),
          $createLinkNode('https://bta.bg/a').append($createTextNode('БТА')),
          $createTextNode('.'),
        ),
        paragraph(`·${NBSP.repeat(7)} Първа точка`),
        paragraph(`·${NBSP.repeat(7)} Втора точка`),
        paragraph('Край на материала.'),
      );
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as LexicalStateJson;
}

/**
 * A body that needs no clean-up, with what the opening's checks look at: a mark, a list with a
 * bold first item, a web link.
 */
function cleanBody(): LexicalStateJson {
  const editor = newEditor();
  editor.update(
    () => {
      const bold = $createTextNode('Първа');
      bold.setFormat(1);
      const item = $createListItemNode().append(bold, $createTextNode(' точка'));
      item.setTextFormat(1);
      $getRoot().append(
        $createParagraphNode().append(
          $createTextNode('Министърът каза '),
          $createMarkNode(['open-quote']).append($createTextNode('бюджетът ще бъде приет')),
          $createTextNode(' днес.'),
        ),
        $createListNode('bullet').append(
          item,
          $createListItemNode().append($createTextNode('Втора точка')),
        ),
        $createParagraphNode().append(
          $createTextNode('Източник: '),
          $createLinkNode('https://bta.bg/a').append($createTextNode('БТА')),
        ),
      );
    },
    { discrete: true },
  );
  return editor.getEditorState().toJSON() as unknown as LexicalStateJson;
}

/** Every save the page sends. */
function saves(page: Page): Request[] {
  const sent: Request[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/api/stories.save')) sent.push(request);
  });
  return sent;
}

test('a story holding a pasted javascript: link and Word bullets opens cleaned up, and that is saved', async ({
  page,
  edition,
}) => {
  const api = apiClient(edition.url);
  const report = await api('stories.importText', { text: 'Стара вставка\n\nвременен текст' });
  const id = report.imported[0]!.id;
  await api('stories.save', { id, body: pastedBody() });

  await page.goto(`${edition.url}#/story/${id}`);
  const body = page.getByTestId('editor');
  await expect(body).toContainText('Край на материала.');
  // The script link keeps its words only; the web link stays.
  await expect(body.getByText('опасната връзка')).toBeVisible();
  await expect(body.locator('a', { hasText: 'опасната връзка' })).toHaveCount(0);
  await expect(body.locator('a', { hasText: 'БТА' })).toHaveAttribute('href', 'https://bta.bg/a');
  // Word's bullet paragraphs are a list, without the bullet and its spaces.
  await expect(body.locator('ul > li')).toHaveText(['Първа точка', 'Втора точка']);

  // And the store has the cleaned body: the opening saved it.
  await expect
    .poll(async () => JSON.stringify((await api('stories.get', { id })).body), {
      timeout: 10_000,
    })
    .toMatch(/Първа точка.*Втора точка.*"listType":"bullet"/);
  const stored = JSON.stringify((await api('stories.get', { id })).body);
  expect(stored).not.toContain('javascript:');
  expect(stored).not.toContain('·');

  // Undo does not bring back what the opening cleaned: it is where the story starts.
  await body.getByText('Край на материала.').click();
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(body.locator('ul > li')).toHaveCount(2);
  await expect(body.locator('a', { hasText: 'опасната връзка' })).toHaveCount(0);
});

test('opening a story that needs no clean-up saves nothing, and makes no revision', async ({
  page,
  edition,
}) => {
  const api = apiClient(edition.url);
  const other = await api('stories.importText', { text: 'Друга история\n\nдруг текст' });
  const report = await api('stories.importText', { text: 'Чиста история\n\nвременен текст' });
  const id = report.imported[0]!.id;
  await api('annotations.create', {
    id: 'open-quote',
    storyId: id,
    type: 'quote',
    quote: 'бюджетът ще бъде приет',
  });
  await api('stories.save', { id, body: cleanBody() });
  const before = await api('stories.get', { id });
  const revisions = (await api('stories.revisions', { id })).length;
  const sent = saves(page);

  await page.goto(`${edition.url}#/story/${id}`);
  const body = page.getByTestId('editor');
  await expect(body.locator('ul > li')).toHaveText(['Първа точка', 'Втора точка']);
  // The mark is painted with its annotation, and the panel lists it among the anchored ones.
  await expect(body.locator('mark[data-annotation-ids="open-quote"]')).toBeVisible();
  await page.getByTestId('annotations-tab').click();
  await expect(
    page.getByTestId('annotation-item').filter({ hasText: 'бюджетът ще бъде приет' }),
  ).toBeVisible();
  await expect(page.getByTestId('save-status')).toHaveText(/^(Saved|Запазено)$/);

  // Closing the story saves whatever is pending at once: opening another shows it all.
  await page.goto(`${edition.url}#/story/${other.imported[0]!.id}`);
  await expect(body).toContainText('друг текст');
  expect(sent.map((request) => request.postData())).toEqual([]);
  const after = await api('stories.get', { id });
  expect(after.revision).toBe(before.revision);
  expect(after.updatedAt).toBe(before.updatedAt);
  expect((await api('stories.revisions', { id })).length).toBe(revisions);
});

test('the keyboard reaches the open story’s text in one step, from the page’s top or the palette', async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.openMetroSample();
  // From the page's top: the first Tab stop, shown once focused.
  await page.reload();
  await expect(page.locator('.pane--editor [contenteditable="true"]')).toBeVisible();
  await page.keyboard.press('Tab');
  const skip = page.getByTestId('skip-to-story');
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.screenshot({ path: testInfo.outputPath('skip-link.png') });
  await page.keyboard.press('Enter');
  await expect(page.locator('.pane--editor [contenteditable="true"]')).toBeFocused();
  // From anywhere, by the palette.
  await page.getByTestId('story-card').first().focus();
  await page.keyboard.press('ControlOrMeta+Shift+K');
  await page.keyboard.type('story’s text');
  await page.keyboard.press('Enter');
  await expect(page.locator('.pane--editor [contenteditable="true"]')).toBeFocused();
  // The board has no story pane: no link that leads nowhere there.
  await page.getByTestId('open-edition-board').click();
  await expect(page.getByTestId('skip-to-story')).toHaveCount(0);
});
