import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { AnnotationsPane } from './models/annotations-pane';
import { apiClient } from './support/xss-api';

/** The story opened in the window, in an edition of its own, whose checks have been run. */
async function checkedOnItsBoard(page: Page, url: string): Promise<void> {
  const api = apiClient(url);
  const [story] = await api('stories.list', {});
  const digest = await api('digests.create', { date: '2026-03-14', title: 'Проверка' });
  await api('digests.addStory', { digestId: digest.id, storyIds: [story!.id] });
  await page.goto(`${url}#/digest/${digest.id}/view/board`);
  await page.getByTestId('edition-tab-checks').click();
  await page.getByTestId('check-run').click();
}

test('a fact-checker accepts a detected quote, checks it, and the annotation outlives edits and reloads', async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  const editor = await screen.openMetroSample();

  const annotations = await new AnnotationsPane(page).open();
  await expect(annotations.suggestion('Проектът е финансиран изцяло')).toContainText(/кметът|кмет/);
  const item = await annotations.accept('Проектът е финансиран изцяло', 'verified');
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-status', 'verified');
  await expect(editor.body.locator('mark')).toContainText('Проектът е финансиран изцяло');
  await editor.expectSaved();
  await page.screenshot({ path: testInfo.outputPath('annotated.png') });

  // Reload: the mark and its record come back together.
  await page.reload();
  await page.getByTestId('annotations-tab').click();
  const reloaded = page
    .getByTestId('annotation-item')
    .filter({ hasText: 'Проектът е финансиран изцяло' });
  await expect(reloaded).toHaveAttribute('data-status', 'verified');
  const body = page.getByTestId('editor');
  await expect(body.locator('mark')).toContainText('Проектът е финансиран изцяло');

  // Deleting the marked paragraph orphans the annotation; undo brings it back, still verified.
  const paragraph = body.locator('p', { hasText: 'Проектът е финансиран изцяло' });
  await paragraph.click({ clickCount: 3 }); // the whole paragraph
  await page.keyboard.press('Backspace');
  await expect(page.getByTestId('orphaned-item')).toContainText('Проектът е финансиран изцяло');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(page.getByTestId('orphaned-item')).toHaveCount(0);
  await expect(
    page.getByTestId('annotation-item').filter({ hasText: 'Проектът е финансиран изцяло' }),
  ).toHaveAttribute('data-status', 'verified');
  await page.screenshot({ path: testInfo.outputPath('reanchored.png') });

  // Deleting asks first, in place: the keyboard lands on Cancel, and backing out returns to
  // Delete; confirmed, the record goes and the text stays, unmarked.
  const checked = page
    .getByTestId('annotation-item')
    .filter({ hasText: 'Проектът е финансиран изцяло' });
  await checked.getByRole('button', { name: 'Проектът е финансиран изцяло' }).click();
  await checked.getByTestId('annotation-delete').focus();
  await page.keyboard.press('Enter');
  await expect(checked.getByTestId('annotation-delete-cancel')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(checked.getByTestId('annotation-delete')).toBeFocused();
  await checked.getByTestId('annotation-delete').click();
  await checked.getByTestId('annotation-delete-confirm').click();
  await expect(checked).toHaveCount(0);
  // The keyboard goes on from the panel, not from the top of the page.
  await expect(page.locator('#annotations-title')).toBeFocused();
  await expect(body.locator('mark')).toHaveCount(0);
  await expect(body).toContainText('Проектът е финансиран изцяло');
});

test('a pre-send finding about a quote opens its story on that quote, selected', async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  const editor = await screen.openMetroSample();
  const notes = await new AnnotationsPane(page).open();
  await notes.accept('Искаме всеки лев', 'disputed');
  await notes.accept('Проектът е финансиран изцяло', 'false');
  await editor.expectSaved();

  const api = apiClient(edition.url);
  const [story] = await api('stories.list', {});
  const digest = await api('digests.create', { date: '2026-03-14', title: 'Проверка' });
  await api('digests.addStory', { digestId: digest.id, storyIds: [story!.id] });
  const selection = () => page.evaluate<string>('String(window.getSelection())');
  // From the board and back, twice; the story stays open under the board all the while.
  for (const [index, quote] of ['Искаме всеки лев', 'Проектът е финансиран изцяло'].entries()) {
    if (index === 0) await page.getByTestId('drawer-tab-digest').click(); // as an editor left it
    await page.goto(`${edition.url}#/digest/${digest.id}/view/board`);
    await page.getByTestId('edition-tab-checks').click();
    await page.getByTestId('check-run').click();
    const finding = page.getByTestId('check-finding').filter({ hasText: quote });
    await finding.getByTestId('check-go-to').click();

    // The story, its annotations, the quote chosen in the list and selected in the text.
    await expect(page.getByTestId('edition-board')).toHaveCount(0);
    await expect(page.getByTestId('annotations-tab')).toHaveAttribute('aria-selected', 'true');
    await expect(notes.item(quote)).toHaveClass(/annotation-item--active/);
    await expect.poll(selection).toContain(quote);
  }
  await page.screenshot({ path: testInfo.outputPath('finding-to-quote.png') });
});

test('back from a finding’s story, the checks are there again, run anew', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.openMetroSample();
  const notes = await new AnnotationsPane(page).open();
  await notes.accept('Искаме всеки лев', 'disputed');
  await checkedOnItsBoard(page, edition.url);
  const finding = page.getByTestId('check-finding').filter({ hasText: 'Искаме всеки лев' });
  await finding.getByTestId('check-go-to').click();
  await expect(page.getByTestId('edition-board')).toHaveCount(0);

  // The fact-checker settles the quote, and goes back to the list to take the next finding.
  await notes.item('Искаме всеки лев').getByTestId('annotation-status').selectOption('verified');
  await page.goBack();
  await expect(page.getByTestId('edition-board')).toBeVisible();
  await expect(page.getByTestId('check-finding').first()).toBeVisible();
  await expect(
    page.getByTestId('check-finding').filter({ hasText: 'Искаме всеки лев' }),
  ).toHaveCount(0);
});

test('a finding that quotes in a story are not marked opens the story on its suggestions', async ({
  page,
  edition,
}) => {
  await (await new MainScreen(page).open(edition.url)).openMetroSample();
  await checkedOnItsBoard(page, edition.url);
  const finding = page.getByTestId('check-finding').filter({ hasText: /quotes found in its text/ });
  await finding.getByTestId('check-go-to').click();
  await expect(page.getByTestId('annotations-tab')).toHaveAttribute('aria-selected', 'true');
  await expect(page.locator('#suggestions-title')).toBeFocused();
});
