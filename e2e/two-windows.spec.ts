import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AnnotationsPane } from './models/annotations-pane';
import { MainScreen, METRO_HEADLINE } from './models/main-screen';

/** The metro sample imported and open in `page`, and in a second window of the same browser. */
async function twoWindows(page: Page, url: string) {
  const inFirst = await new MainScreen(page).open(url).then((screen) => screen.openMetroSample());
  const other = await page.context().newPage();
  const inOther = await new MainScreen(other)
    .open(url)
    .then((screen) => screen.openStory(METRO_HEADLINE));
  return { inFirst, other, inOther };
}

test('a story saved in another window is not overwritten silently, and no one’s typing is lost', async ({
  page,
  edition,
}, testInfo) => {
  const { inFirst, other, inOther } = await twoWindows(page, edition.url);

  await inFirst.typeAfter('Общинските съветници', ' Първият прозорец.');
  await inFirst.expectSaved();
  await inOther.typeAfter('Искаме всеки лев', ' Вторият прозорец.');
  await expect(inOther.saveStatus).toHaveAttribute('data-state', 'conflict');
  await expect(inOther.body).toContainText('Вторият прозорец.'); // still on screen, not lost

  // Closing the story in the other window saves its copy; the first window's is a revision.
  await inOther.typeAfter('Искаме всеки лев', ' Още.');
  await other.getByTestId('story-card').filter({ hasText: METRO_HEADLINE }).click();
  await other.reload();
  await new MainScreen(other).openStory(METRO_HEADLINE);
  await expect(other.getByTestId('editor')).toContainText('Вторият прозорец. Още.');
  await other.getByTestId('revisions-button').click();
  // The import, the first window's edit, the other window's copy saved over it.
  await expect(other.getByTestId('revision-item')).toHaveCount(3);
  await other.close();

  // The first window is told in its turn, and keeps its text by choice.
  await inFirst.typeAfter('Общинските съветници', ' Отново.');
  await expect(inFirst.saveStatus).toHaveAttribute('data-state', 'conflict');
  await page.screenshot({ path: testInfo.outputPath('conflict.png') });
  await page.getByTestId('save-keep-mine').click();
  await inFirst.expectSaved();
  await page.reload();
  const reopened = await new MainScreen(page).openStory(METRO_HEADLINE);
  await expect(reopened.body).toContainText('Първият прозорец. Отново.');
});

test('a window is told at once when the story it shows is saved, or its verdicts set, in another', async ({
  page,
  edition,
}, testInfo) => {
  const { inFirst, other } = await twoWindows(page, edition.url);
  const notesFirst = await new AnnotationsPane(page).open();
  const notesOther = await new AnnotationsPane(other).open();

  // Text saved in one window (here the mark of a quote accepted there): the other, not typing,
  // says so before anyone types over it, and takes it on request.
  const quote = 'Искаме всеки лев';
  await notesFirst.accept(quote, 'verified');
  await inFirst.expectSaved();
  const banner = other.getByTestId('banner-stale');
  await expect(banner).toContainText('saved in another window');
  await expect(page.getByTestId('banner-stale')).toHaveCount(0); // not in the window that saved
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await other.screenshot({ path: testInfo.outputPath('saved-elsewhere.png') });
  await banner.getByRole('button').click();
  await expect(banner).toHaveCount(0);
  await expect(notesOther.item(quote)).toHaveAttribute('data-status', 'verified');

  // A verdict set in one window shows in the other without a reload, both ways.
  await notesOther.item(quote).getByTestId('annotation-status').selectOption('disputed');
  await expect(notesFirst.item(quote)).toHaveAttribute('data-status', 'disputed');
  await notesFirst.item(quote).getByTestId('annotation-status').selectOption('false');
  await expect(notesOther.item(quote)).toHaveAttribute('data-status', 'false');
  // Neither window made an edit of the text of its own by it.
  await expect(other.getByTestId('banner-stale')).toHaveCount(0);
  await expect(page.getByTestId('banner-stale')).toHaveCount(0);

  // A suggestion accepted in one is no longer offered in the other (it would be made twice);
  // an annotation deleted in one leaves the other's list.
  const second = 'Проектът е финансиран изцяло';
  await expect(notesOther.suggestion(second)).toHaveCount(1);
  await notesFirst.accept(second, 'verified');
  await expect(notesOther.suggestion(second)).toHaveCount(0);
  await notesFirst.item(quote).getByRole('button', { name: quote }).click(); // opens its card
  await notesFirst.item(quote).getByTestId('annotation-delete').click();
  await notesFirst.item(quote).getByTestId('annotation-delete-confirm').click();
  await expect(notesOther.item(quote)).toHaveCount(0);

  // Saved over the other window's text by choice ("Save mine"): no longer "saved elsewhere".
  await inFirst.expectSaved();
  await expect(banner).toBeVisible();
  await other.getByTestId('editor').locator('p').first().click();
  await other.keyboard.type(' Вторият.');
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'conflict');
  await other.getByTestId('save-keep-mine').click();
  await expect(other.getByTestId('save-status')).toHaveAttribute('data-state', 'saved');
  await expect(banner).toHaveCount(0);
  // The first window is told in its turn.
  await expect(page.getByTestId('banner-stale')).toBeVisible();
});
