import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

/** Where the keyboard is: the control's test id, and the row or section it belongs to. */
async function focusPlace(page: Page): Promise<{ control: string | null; place: string | null }> {
  const focused = page.locator(':focus');
  if ((await focused.count()) === 0) return { control: null, place: null };
  const row = page.locator('[data-testid="board-item"]:has(:focus)');
  const section = page.locator('[data-testid="section"]:has(:focus)');
  let place: string | null = null;
  if ((await row.count()) > 0) place = `item ${await row.getAttribute('data-item-id')}`;
  else if ((await section.count()) > 0)
    place = `section ${await section.getAttribute('data-section-id')}`;
  return { control: await focused.getAttribute('data-testid'), place };
}

/**
 * An editor working the board from the keyboard removes a group's only story, then deletes a
 * section: the keyboard stays on the board, on what took their place, not thrown back to the
 * top of the page.
 */
test('removing the last story of a group or deleting a section keeps the keyboard on the board', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();

  // The lead holds one story: removing it leaves the lead empty.
  const lead = page.getByTestId('lead');
  await lead.getByTestId('item-menu').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('item-remove').focus();
  await page.keyboard.press('Enter');
  await expect(lead.getByTestId('board-item')).toHaveCount(0);
  // The next story on the board, the first of the first section, has the keyboard.
  const next = page.getByTestId('section').first().getByTestId('board-item').first();
  const nextId = await next.getAttribute('data-item-id');
  await expect
    .poll(() => focusPlace(page))
    .toEqual({ control: 'item-menu', place: `item ${nextId}` });

  // The second section goes; its stories move to the lead, the keyboard to the section after it.
  const sections = page.getByTestId('section');
  const doomed = sections.nth(1);
  const following = await sections.nth(2).getAttribute('data-section-id');
  await doomed.getByTestId('section-delete').focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('section-delete-confirm').focus();
  await page.keyboard.press('Enter');
  await expect(sections).toHaveCount(3);
  await expect(lead.getByTestId('board-item')).toHaveCount(2);
  await expect
    .poll(() => focusPlace(page))
    .toEqual({ control: 'section-delete', place: `section ${following}` });
});

/** Renaming a section with Enter leaves the caret in its name, ready to go on or Tab away. */
test('renaming a section with Enter keeps the keyboard in its name', async ({ page, edition }) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  const name = page.getByTestId('section-name').first();
  await name.fill('България днес ');
  await name.press('Enter');
  await expect(name).toHaveValue('България днес');
  await expect(name).toBeFocused();
  // Typing on goes into the name, and leaving the field saves that too.
  await page.keyboard.type('!');
  await page.keyboard.press('Tab');
  await page.reload();
  await expect(page.getByTestId('section-name').first()).toHaveValue('България днес!');
});
