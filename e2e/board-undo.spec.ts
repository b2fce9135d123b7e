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

/** The story and control the keyboard is on. */
function focused(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const row = document.activeElement?.closest('[data-testid="board-item"]');
    return (row ? row.dataset.storyId + ' ' : '') + document.activeElement?.dataset.testid;
  })()`);
}

/**
 * An editor on deadline removes the wrong story from the edition: the notice offers it back, and
 * it returns to the same section and place, with the headline written for it, from the mouse or
 * the keyboard. Ctrl+Z in a text field stays the field's own.
 */
test('a story removed from the edition by mistake can be put back where it was', async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  const section = page.getByTestId('section').first();
  const victim = section.getByTestId('board-item').nth(1);
  const storyId = await victim.getAttribute('data-story-id');
  const headline = victim.getByTestId('item-headline-override');
  await headline.fill('Заглавие, писано за изданието');
  await headline.press('Enter');
  await expect(page.getByTestId('edition-save-status')).toHaveAttribute('data-status', 'saved');
  const before = await boardOrder(page);

  // Removed from the keyboard: the notice names it, the keyboard is on the row below.
  await victim.getByTestId('item-menu').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('item-remove').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-item')).toHaveCount(9);
  const notice = page.getByTestId('board-undo');
  await expect(notice).toContainText('Заглавие, писано за изданието');
  await page.screenshot({ path: testInfo.outputPath('undo-notice.png') });

  // Ctrl+Z in a text field undoes the typing there, not the removal.
  const subject = page.getByTestId('edition-subject');
  await subject.fill('Тема');
  await subject.press('Control+z');
  await expect(page.getByTestId('board-item')).toHaveCount(9);
  await expect(notice).toBeVisible();

  // Ctrl+Z on the board puts it back: same place, its headline, the keyboard on it.
  await section.getByTestId('item-menu').first().focus();
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  await expect.poll(() => boardOrder(page)).toBe(before);
  await expect(notice).toBeHidden();
  await expect.poll(() => focused(page)).toBe(`${storyId} item-menu`);
  const back = section.locator(`[data-testid="board-item"][data-story-id="${storyId}"]`);
  await expect(back.getByTestId('item-headline-override')).toHaveValue(
    'Заглавие, писано за изданието',
  );

  // Removed again, and put back with the notice's button, reached from the keyboard.
  await back.getByTestId('item-menu').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('item-remove').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-item')).toHaveCount(9);
  await page.getByTestId('board-undo-button').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  await expect.poll(() => focused(page)).toBe(`${storyId} item-menu`);

  // Main has it so: after a reload the board is as it was before the removal.
  await page.reload();
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  await expect.poll(() => boardOrder(page)).toBe(before);
  await expect(
    section
      .locator(`[data-testid="board-item"][data-story-id="${storyId}"]`)
      .getByTestId('item-headline-override'),
  ).toHaveValue('Заглавие, писано за изданието');

  // Dismissed from the keyboard, the notice leaves the keyboard on the board, not the page.
  const row = section.locator(`[data-testid="board-item"][data-story-id="${storyId}"]`);
  await row.getByTestId('item-menu').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('item-remove').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('board-undo-dismiss').focus();
  await page.keyboard.press('Enter');
  await expect(notice).toBeHidden();
  await expect(page.getByTestId('section-add-name')).toBeFocused();
  await expect(page.getByTestId('board-item')).toHaveCount(9);
});

/** Sections added without a name get default names of their own, numbered, never two alike. */
test('sections added without a name are told apart by number', async ({ page, edition }) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  const sections = page.getByTestId('section');
  const before = await sections.count();
  await page.getByTestId('section-add').click();
  await expect(sections).toHaveCount(before + 1);
  await page.getByTestId('section-add').click();
  await expect(sections).toHaveCount(before + 2);
  await expect(sections.nth(before).getByTestId('section-name')).toHaveValue('New section');
  await expect(sections.nth(before + 1).getByTestId('section-name')).toHaveValue('New section 2');
});
