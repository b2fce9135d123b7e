import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

/** The stories of the edition as a list shows them, in order: "3,5,2,…" (story ids). */
function storiesIn(page: Page, testId: 'digest-item' | 'board-item'): Promise<string> {
  return page.evaluate(`[...document.querySelectorAll('[data-testid="${testId}"]')]
    .map((row) => row.dataset.storyId).join(',')`);
}

/**
 * The inbox view's edition pane follows another window's (or tab's) changes to the edition within
 * a moment, as the board does: stories removed, added and moved there show here without any
 * change made here.
 */
test("the inbox's edition pane shows another window's changes to the edition", async ({
  page,
  edition,
}, testInfo) => {
  await new MainScreen(page).open(edition.url).then((screen) => screen.loadSampleEdition());
  const board = page.url();
  await page.getByTestId('edition-close').click();
  const pane = page.getByTestId('digest-item');
  await expect(pane).toHaveCount(10);

  const other = await page.context().newPage();
  await other.goto(board);
  await expect(other.getByTestId('board-item')).toHaveCount(10);

  // Removed there.
  const removed = other.getByTestId('section').first().getByTestId('board-item').first();
  const story = (await removed.getAttribute('data-story-id'))!;
  await removed.getByTestId('item-menu').click();
  await other.getByTestId('item-remove').click();
  await expect(other.getByTestId('board-item')).toHaveCount(9);
  await expect(pane).toHaveCount(9);
  await expect(page.locator(`[data-testid="digest-item"][data-story-id="${story}"]`)).toHaveCount(
    0,
  );
  await expect
    .poll(() => storiesIn(page, 'digest-item'))
    .toBe(await storiesIn(other, 'board-item'));

  // Added there again (to the lead).
  await other
    .locator(`[data-testid="window-item"][data-story-id="${story}"]`)
    .getByTestId('window-add')
    .click();
  await expect(other.getByTestId('board-item')).toHaveCount(10);
  await expect(pane).toHaveCount(10);
  await expect
    .poll(() => storiesIn(page, 'digest-item'))
    .toBe(await storiesIn(other, 'board-item'));

  // Moved there: the last section goes up, and its stories with it.
  const before = await storiesIn(other, 'board-item');
  await other.getByTestId('section').last().getByTestId('section-move-up').click();
  await expect.poll(() => storiesIn(other, 'board-item')).not.toBe(before);
  await expect
    .poll(() => storiesIn(page, 'digest-item'))
    .toBe(await storiesIn(other, 'board-item'));
  await page.screenshot({ path: testInfo.outputPath('pane-followed.png') });
});
