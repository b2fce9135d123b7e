import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

/** The board as stories in order: "lead: 3 | 1: 5,2,7 | …" (story ids by group). */
function boardOrder(page: Page): Promise<string> {
  return page.evaluate(`[...document.querySelectorAll('[data-testid="lead"], [data-testid="section"]')]
    .map((group) => [...group.querySelectorAll('[data-testid="board-item"]')]
      .map((row) => row.dataset.storyId).join(','))
    .join(' | ')`);
}

/** The sample edition's board, open in `page`. */
async function openSampleBoard(page: Page, url: string): Promise<void> {
  const screen = await new MainScreen(page).open(url);
  await screen.loadSampleEdition();
}

/** A second window on the board `page` shows, once its ten stories are there. */
async function secondWindow(page: Page): Promise<Page> {
  const other = await page.context().newPage();
  await other.goto(page.url());
  await expect(other.getByTestId('board-item')).toHaveCount(10);
  return other;
}

/** A row of the board by its story, and its summary panel opened. */
async function openSummary(page: Page, storyId: string) {
  const row = page.locator(`[data-testid="board-item"][data-story-id="${storyId}"]`);
  await row.getByTestId('item-edit').click();
  return row.getByTestId('item-summary-override');
}

/**
 * Two windows on one edition: a summary written in one reaches the other's open panel with the
 * next answer from main, unless that panel holds typing of its own not yet saved, which wins.
 */
test('an open summary panel follows a summary changed in another window, but never over typing', async ({
  page,
  edition,
}, testInfo) => {
  await openSampleBoard(page, edition.url);
  const story = (await page
    .getByTestId('section')
    .first()
    .getByTestId('board-item')
    .first()
    .getAttribute('data-story-id'))!;
  const here = await openSummary(page, story);
  await expect(here).toHaveValue('');

  const other = await secondWindow(page);
  const there = await openSummary(other, story);
  await there.fill('Резюме от другия прозорец');
  await there.blur();
  await expect(other.getByTestId('item-save-status')).toHaveText(/Saved/);

  // This window hears of it with main's answer to its next change (a section moved).
  const lastSection = page.getByTestId('section').last();
  await lastSection.getByTestId('section-move-up').click();
  await expect(here).toHaveValue('Резюме от другия прозорец');
  await page.screenshot({ path: testInfo.outputPath('summary-followed.png') });

  // Typing here not yet saved when the other window's next summary arrives: the typing stays,
  // and is what main keeps.
  await there.fill('Второ резюме от другия прозорец');
  await there.blur();
  await expect(other.getByTestId('item-save-status')).toHaveText(/Saved/);
  const held: (() => Promise<void>)[] = [];
  await page.route('**/api/digests.moveSection', (route) => {
    held.push(() => route.continue());
  });
  await lastSection.getByTestId('section-move-up').click();
  await expect.poll(() => held.length).toBe(1);
  await here.fill('Моето резюме');
  await page.unroute('**/api/digests.moveSection');
  await held[0]!();
  await expect(page.getByTestId('item-save-status')).toHaveText(/Saved/);
  await expect(here).toHaveValue('Моето резюме');
  await other.reload();
  await expect(await openSummary(other, story)).toHaveValue('Моето резюме');
});

/**
 * The edition's fields follow what another window saved (here with this window's next answer),
 * each unless it holds typing of its own not yet saved — even typing whose save failed, which
 * stays to be saved again rather than being replaced by the other window's text.
 */
test("the edition's fields follow another window's, but never over typing not yet saved", async ({
  page,
  edition,
}, testInfo) => {
  await openSampleBoard(page, edition.url);
  const other = await secondWindow(page);

  await other.getByTestId('edition-title').fill('Заглавие от другия прозорец');
  await other.getByTestId('edition-subject').fill('Тема от другия прозорец');
  await other.getByTestId('edition-preheader').fill('Анонс от другия прозорец');
  await other.getByTestId('edition-signoff').fill('Поздрави от другия прозорец');
  await other.getByTestId('edition-intro').click();
  await other.keyboard.press('ControlOrMeta+A');
  await other.keyboard.type('Увод от другия прозорец');
  await other.getByTestId('edition-signoff').focus();
  await expect(other.getByTestId('edition-save-status')).toHaveAttribute('data-status', 'saved');

  // This window hears of it with main's answer to its next change (a section moved).
  await page.getByTestId('section').last().getByTestId('section-move-up').click();
  await expect(page.getByTestId('edition-title')).toHaveValue('Заглавие от другия прозорец');
  await expect(page.getByTestId('edition-subject')).toHaveValue('Тема от другия прозорец');
  await expect(page.getByTestId('edition-preheader')).toHaveValue('Анонс от другия прозорец');
  await expect(page.getByTestId('edition-signoff')).toHaveValue('Поздрави от другия прозорец');
  await expect(page.getByTestId('edition-intro')).toHaveText('Увод от другия прозорец');
  await page.screenshot({ path: testInfo.outputPath('fields-followed.png') });

  // The other window changes subject and preheader again; here the subject is typed and its save
  // fails. The edition fetched after the failure brings the other preheader, not its subject.
  await other.getByTestId('edition-subject').fill('Втора тема от другия прозорец');
  await other.getByTestId('edition-preheader').fill('Втори анонс от другия прозорец');
  await other.getByTestId('edition-preheader').blur();
  await expect(other.getByTestId('edition-save-status')).toHaveAttribute('data-status', 'saved');
  await page.route('**/api/digests.update', (route) => route.abort());
  const subject = page.getByTestId('edition-subject');
  await subject.fill('Моята тема');
  await subject.blur();
  await expect(page.getByTestId('edition-save-status')).toHaveAttribute('data-status', 'error');
  await expect(page.getByTestId('edition-preheader')).toHaveValue('Втори анонс от другия прозорец');
  await expect(subject).toHaveValue('Моята тема');

  // Saved when main can be reached again: the typing is what main keeps.
  await page.unroute('**/api/digests.update');
  await subject.focus();
  await subject.blur();
  await expect(page.getByTestId('edition-save-status')).toHaveAttribute('data-status', 'saved');
  await expect(subject).toHaveValue('Моята тема');
  await other.reload();
  await expect(other.getByTestId('edition-subject')).toHaveValue('Моята тема');
  await expect(other.getByTestId('edition-preheader')).toHaveValue(
    'Втори анонс от другия прозорец',
  );
});

/**
 * A row's headline typed here whose save failed stays on screen after leaving the field, to be
 * saved again, rather than giving way to the headline another window saved meanwhile.
 */
test("a row's headline whose save failed keeps its typing over another window's", async ({
  page,
  edition,
}) => {
  await openSampleBoard(page, edition.url);
  const row = (where: Page) =>
    where.getByTestId('section').first().getByTestId('board-item').first();
  const story = (await row(page).getAttribute('data-story-id'))!;
  const headline = (where: Page) =>
    where
      .locator(`[data-testid="board-item"][data-story-id="${story}"]`)
      .getByTestId('item-headline-override');
  const lastSection = (where: Page) =>
    where.getByTestId('section').last().getByTestId('section-name');
  const lastId = (await lastSection(page).getAttribute('data-section-id'))!;

  const other = await secondWindow(page);
  const saved = other.waitForResponse('**/api/digests.updateItem');
  await headline(other).fill('Заглавие от другия прозорец');
  await headline(other).blur();
  await saved;
  // …and a section moved there, which tells when this window has fetched the edition again.
  await other.getByTestId('section').last().getByTestId('section-move-up').click();
  await expect(lastSection(other)).not.toHaveAttribute('data-section-id', lastId);

  await page.route('**/api/digests.updateItem', (route) => route.abort());
  await headline(page).fill('Моето заглавие');
  await headline(page).blur();
  // The failed save fetches the edition again: the other window's move arrives, its headline not.
  await expect(lastSection(page)).not.toHaveAttribute('data-section-id', lastId);
  await expect(headline(page)).toHaveValue('Моето заглавие');

  // Saved once main can be reached: the typing is what main keeps.
  await page.unroute('**/api/digests.updateItem');
  const retried = page.waitForResponse('**/api/digests.updateItem');
  await headline(page).focus();
  await headline(page).blur();
  expect((await retried).ok()).toBe(true);
  await expect(headline(page)).toHaveValue('Моето заглавие');
  await other.reload();
  await expect(headline(other)).toHaveValue('Моето заглавие');
});

/**
 * Another window's changes reach a board that makes none of its own, within a moment (main tells
 * every window that the edition changed): removals, additions, moves and text — never over typing
 * here not yet saved.
 */
test("another window's changes reach an idle board at once, never over typing", async ({
  page,
  edition,
}, testInfo) => {
  await openSampleBoard(page, edition.url);
  const other = await secondWindow(page);

  // Removed there.
  const removed = other.getByTestId('section').first().getByTestId('board-item').first();
  const story = (await removed.getAttribute('data-story-id'))!;
  await removed.getByTestId('item-menu').click();
  await other.getByTestId('item-remove').click();
  await expect(other.getByTestId('board-item')).toHaveCount(9);
  await expect(page.getByTestId('board-item')).toHaveCount(9);
  await expect.poll(() => boardOrder(page)).toBe(await boardOrder(other));

  // Added there again (to the lead), and a section moved.
  await other
    .locator(`[data-testid="window-item"][data-story-id="${story}"]`)
    .getByTestId('window-add')
    .click();
  await expect(other.getByTestId('board-item')).toHaveCount(10);
  await other.getByTestId('section').last().getByTestId('section-move-up').click();
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  await expect.poll(() => boardOrder(page)).toBe(await boardOrder(other));

  // Text: the subject written there arrives here.
  await other.getByTestId('edition-subject').fill('Тема от другия прозорец');
  await other.getByTestId('edition-subject').blur();
  await expect(page.getByTestId('edition-subject')).toHaveValue('Тема от другия прозорец');
  await page.screenshot({ path: testInfo.outputPath('pushed.png') });

  // A preheader typed here whose save failed stays while the other window's next subject and
  // preheader arrive.
  await page.route('**/api/digests.update', (route) => route.abort());
  const preheader = page.getByTestId('edition-preheader');
  await preheader.fill('Моят анонс');
  await preheader.blur();
  await expect(page.getByTestId('edition-save-status')).toHaveAttribute('data-status', 'error');
  await other.getByTestId('edition-preheader').fill('Анонс от другия прозорец');
  await other.getByTestId('edition-subject').fill('Втора тема от другия прозорец');
  await other.getByTestId('edition-subject').blur();
  await expect(page.getByTestId('edition-subject')).toHaveValue('Втора тема от другия прозорец');
  await expect(preheader).toHaveValue('Моят анонс');
});

/**
 * A section's name follows another window's renames — even while the field here has the keyboard,
 * untouched — unless it holds typing not yet saved: a rename here that failed keeps its typing on
 * screen, to be sent again, rather than giving way to the name another window saved meanwhile.
 */
test("a section's name follows another window's renames, but never over typing not yet saved", async ({
  page,
  edition,
}) => {
  await openSampleBoard(page, edition.url);
  const id = (await page.getByTestId('section-name').first().getAttribute('data-section-id'))!;
  const field = (where: Page) =>
    where.locator(`[data-testid="section-name"][data-section-id="${id}"]`);
  // The section's move button is named by the stored name, whatever the field shows.
  const storedName = (where: Page) =>
    where
      .getByTestId('section')
      .filter({ has: field(where) })
      .getByTestId('section-move-up');
  const other = await secondWindow(page);

  // Focused here but untouched: the other window's rename shows, and the keyboard stays.
  await field(page).focus();
  await field(other).fill('Рубрика от другия прозорец');
  await field(other).press('Enter');
  await expect(field(page)).toHaveValue('Рубрика от другия прозорец');
  await expect(field(page)).toBeFocused();

  await field(other).fill('Втора рубрика от другия прозорец');
  await field(other).press('Enter');
  await expect(field(page)).toHaveValue('Втора рубрика от другия прозорец');

  // A rename here fails while the other window renamed it once more: the edition fetched after
  // the failure brings the other window's name, the field keeps the typing.
  await field(other).fill('Трета рубрика от другия прозорец');
  await field(other).press('Enter');
  await expect(storedName(page)).toHaveAttribute('aria-label', /Трета рубрика от другия прозорец/);
  await page.route('**/api/digests.renameSection', (route) => route.abort());
  const failed = page.waitForEvent('requestfailed', (request) =>
    request.url().endsWith('/api/digests.renameSection'),
  );
  await field(page).fill('Моята рубрика');
  await field(page).blur();
  await failed;
  await expect(storedName(page)).toHaveAttribute('aria-label', /Трета рубрика от другия прозорец/);
  await expect(field(page)).toHaveValue('Моята рубрика');

  // Sent again once main can be reached: the typing is what main keeps, and the other shows it.
  await page.unroute('**/api/digests.renameSection');
  const retried = page.waitForResponse('**/api/digests.renameSection');
  await field(page).focus();
  await field(page).press('Enter');
  expect((await retried).ok()).toBe(true);
  await expect(field(page)).toHaveValue('Моята рубрика');
  await expect(field(other)).toHaveValue('Моята рубрика');
});
