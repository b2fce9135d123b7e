import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { AnnotationsPane } from './models/annotations-pane';
import { pasteInto } from './support/paste';

const CLAIM = 'Общинските съветници от опозицията';

/** The sample story open, with CLAIM marked as a claim; its editor and annotations pane. */
async function storyWithClaim(page: Page, url: string) {
  const screen = await new MainScreen(page).open(url);
  const editor = await screen.openMetroSample();
  const annotations = await new AnnotationsPane(page).open();
  await editor.select(CLAIM);
  await editor.markSelection('claim');
  await expect(annotations.item(CLAIM)).toHaveCount(1);
  return { editor, annotations };
}

test('retyping the first and last words of a claim keeps them in the claim', async ({
  page,
  edition,
}) => {
  const { editor } = await storyWithClaim(page, edition.url);

  await editor.select('Общинските');
  await page.keyboard.type('Градските');
  await editor.select('опозицията');
  await page.keyboard.type('управата');
  await expect(editor.body.locator('mark')).toHaveText('Градските съветници от управата');
  await editor.expectSaved();

  await page.reload();
  await new AnnotationsPane(page).open();
  await expect(page.getByTestId('annotation-item')).toHaveCount(1);
  await expect(page.getByTestId('annotation-item')).toContainText(
    'Градските съветници от управата',
  );
  await expect(page.getByTestId('editor').locator('mark')).toHaveText(
    'Градските съветници от управата',
  );
});

test('a word pasted over the first or last word of a claim stays in the claim', async ({
  page,
  edition,
}) => {
  const { editor } = await storyWithClaim(page, edition.url);
  await editor.select('Общинските');
  await pasteInto(page, { 'text/plain': 'Градските' });
  await editor.select('опозицията');
  await pasteInto(page, {
    'text/plain': 'управата',
    'text/html': '<meta charset="utf-8"><span>управата</span>',
  });
  await expect(editor.body.locator('mark')).toHaveText('Градските съветници от управата');
  await editor.expectSaved();
  await page.reload();
  await expect(page.getByTestId('editor').locator('mark')).toHaveText(
    'Градските съветници от управата',
  );
  await new AnnotationsPane(page).open();
  await expect(page.getByTestId('annotation-item')).toContainText(
    'Градските съветници от управата',
  );
});

test('one undo takes back a word typed over a selection, in a claim and outside one', async ({
  page,
  edition,
}) => {
  const { editor } = await storyWithClaim(page, edition.url);
  const claimParagraph = editor.body.locator('p', { hasText: 'съветници от' }).first();
  const other = editor.body.locator('p', { hasText: 'всеки лев' }).first();

  // ASCII: real key events, as a person types (Playwright inserts Cyrillic without them).
  await editor.select('опозицията');
  await page.keyboard.type('risky');
  await expect(editor.body.locator('mark')).toHaveText('Общинските съветници от risky');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(claimParagraph).toContainText('съветници от опозицията поискаха');
  await expect(editor.body.locator('mark')).toHaveText(CLAIM);

  await editor.select('Искаме');
  await page.keyboard.type('Want');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(other).toContainText('„Искаме всеки лев');
  // The undo is a step of its own: redo brings the whole word back, and what is typed is saved.
  await page.keyboard.press('ControlOrMeta+Shift+z');
  await expect(other).toContainText('„Want всеки лев');
  await editor.expectSaved();
  await page.reload();
  await expect(page.getByTestId('editor').locator('p', { hasText: 'всеки лев' })).toContainText(
    '„Want всеки лев',
  );
});

test('the Mark menu goes to its first and last kind with Home and End, as menus do', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  const editor = await screen.openMetroSample();
  await editor.select('Искаме');
  await page.keyboard.press('ControlOrMeta+Shift+M');
  await expect(page.getByTestId('mark-as-quote')).toBeFocused();
  await page.keyboard.press('End');
  await expect(page.getByTestId('mark-as-note')).toBeFocused();
  await page.keyboard.press('Home');
  await expect(page.getByTestId('mark-as-quote')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('mark-as-note')).toBeFocused();
});

test('a copy of marked text pasted elsewhere is not part of the annotation', async ({
  page,
  edition,
}) => {
  const { editor } = await storyWithClaim(page, edition.url);

  await editor.select(CLAIM);
  await page.keyboard.press('ControlOrMeta+c');
  await editor.typeAfter('Искаме всеки лев', ' ');
  await page.keyboard.press('ControlOrMeta+v');
  await expect(editor.body.locator('p', { hasText: 'Искаме всеки лев' })).toContainText(
    `транспорт. ${CLAIM}`,
  );
  await editor.expectSaved();
  await expect(editor.body.locator('mark')).toHaveCount(1);
  await expect(editor.body.locator('mark')).toHaveText(CLAIM);

  await page.reload();
  await new AnnotationsPane(page).open();
  await expect(page.getByTestId('annotation-item')).toHaveCount(1);
  await expect(page.getByTestId('annotation-item')).toContainText(CLAIM);
  await expect(page.getByTestId('annotation-item')).not.toContainText('поискаха');
});

test('a speaker typed and left in its field is kept through a reload', async ({
  page,
  edition,
}) => {
  const { annotations } = await storyWithClaim(page, edition.url);
  const speaker = annotations.item(CLAIM).getByTestId('annotation-speaker');
  await speaker.fill('Група съветници');
  // Neither Enter nor leaving the field: the page goes away with the text still in it.
  await page.reload();
  await new AnnotationsPane(page).open();
  await expect(
    page
      .getByTestId('annotation-item')
      .filter({ hasText: CLAIM })
      .getByTestId('annotation-speaker'),
  ).toHaveValue('Група съветници');
});

test('undo after deleting an annotation does not bring back a mark nobody can see to', async ({
  page,
  edition,
}) => {
  const { editor, annotations } = await storyWithClaim(page, edition.url);
  await expect(editor.body.locator('mark')).toHaveText(CLAIM);
  await editor.expectSaved();

  const item = annotations.item(CLAIM);
  await item.getByRole('button', { name: CLAIM }).click();
  await item.getByTestId('annotation-delete').click();
  await item.getByTestId('annotation-delete-confirm').click();
  await expect(page.getByTestId('annotation-item')).toHaveCount(0);
  await expect(editor.body.locator('mark')).toHaveCount(0);

  await editor.body.click();
  await page.keyboard.press('ControlOrMeta+z'); // the last step: the mark taken off
  await expect(editor.body).toContainText(CLAIM); // the text stays
  await expect(editor.body.locator('mark')).toHaveCount(0);
  await editor.expectSaved();
  await page.reload();
  await expect(page.getByTestId('editor').locator('mark')).toHaveCount(0);
});

test('a source address typed without https:// is taken as a web address', async ({
  page,
  edition,
}) => {
  const { annotations } = await storyWithClaim(page, edition.url);
  const item = annotations.item(CLAIM);
  await item.getByRole('button', { name: CLAIM }).click();
  const address = item.getByTestId('annotation-source-url');
  await address.fill('www.sofia.bg/bg/council/123');
  await address.press('Enter');
  await expect(address).toHaveValue('https://www.sofia.bg/bg/council/123');
  await expect(address).not.toHaveAttribute('aria-invalid', 'true');

  // Another scheme is still refused, with its reason.
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(address).toHaveAttribute('aria-invalid', 'true');

  await page.reload();
  await new AnnotationsPane(page).open();
  const reloaded = page.getByTestId('annotation-item').filter({ hasText: CLAIM });
  await reloaded.getByRole('button', { name: CLAIM }).click();
  await expect(reloaded.getByTestId('annotation-source-url')).toHaveValue(
    'https://www.sofia.bg/bg/council/123',
  );
});

test('a suggested quote dismissed by mistake comes back with Undo', async ({ page, edition }) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.openMetroSample();
  const annotations = await new AnnotationsPane(page).open();
  const quote = 'Искаме всеки лев да бъде проследим';
  await annotations
    .suggestion(quote)
    .getByRole('button', { name: /dismiss/i })
    .click();
  await expect(annotations.suggestion(quote)).toHaveCount(0);

  await page.getByTestId('suggestion-undo-dismiss').click();
  await expect(annotations.suggestion(quote)).toHaveCount(1);
  await expect(page.getByTestId('suggestion-undo-dismiss')).toHaveCount(0);
  await page.reload();
  await new AnnotationsPane(page).open();
  await expect(annotations.suggestion(quote)).toHaveCount(1);
});
