import type { Page, Route } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { apiClient } from './support/xss-api';

/** Holds the board's moves on their way to main: the page never sees their answers. */
async function holdMoves(page: Page): Promise<Route[]> {
  const held: Route[] = [];
  await page.route('**/api/digests.moveItem', (route) => {
    held.push(route);
  });
  return held;
}

/** Closes the window as the editor does (the page's leave handlers run), and waits till it is. */
async function closeWindow(page: Page): Promise<void> {
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
}

/**
 * The board sends its changes one after another. Closing the window while one of them is still
 * on its way must not lose what was typed just before: the save sent as the page goes cannot
 * wait for that answer, which the page will never see.
 */
test('typing saved as the window closes is not lost behind a change still on its way', async ({
  page,
  context,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  const board = page.url();

  const held = await holdMoves(page);
  await page.getByTestId('section').first().getByTestId('item-move-down').first().click();
  await expect.poll(() => held.length).toBe(1);
  await page.getByTestId('edition-subject').fill('Тема, написана докато местенето чака');
  await closeWindow(page);

  const second = await context.newPage();
  await second.goto(board);
  await expect(second.getByTestId('board-item')).toHaveCount(10);
  await expect(second.getByTestId('edition-subject')).toHaveValue(
    'Тема, написана докато местенето чака',
  );

  // The same for a story's own summary in the edition, typed in its panel.
  const heldAgain = await holdMoves(second);
  const lead = second.getByTestId('lead').getByTestId('board-item').first();
  const leadId = await lead.getAttribute('data-item-id');
  await second.getByTestId('section').first().getByTestId('item-move-down').first().click();
  await expect.poll(() => heldAgain.length).toBe(1);
  await lead.getByTestId('item-edit').click();
  await lead.getByTestId('item-summary-override').fill('Резюме, написано докато местенето чака');
  await closeWindow(second);

  const third = await context.newPage();
  await third.goto(board);
  const again = third.locator(`[data-testid="board-item"][data-item-id="${leadId}"]`);
  await again.getByTestId('item-edit').click();
  await expect(again.getByTestId('item-summary-override')).toHaveValue(
    'Резюме, написано докато местенето чака',
  );
});

test('a story goes out as its summary alone once its full text is unticked, and stays so', async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  const row = page.getByTestId('board-item').first();
  const itemId = Number(await row.getAttribute('data-item-id'));
  await row.getByTestId('item-edit').click();
  await expect(row.getByTestId('item-show-body')).toBeChecked();
  await row.getByTestId('item-show-body').uncheck();
  await expect(row.getByTestId('item-save-status')).toHaveText(/^Saved/);
  await page.screenshot({ path: testInfo.outputPath('full-text-unticked.png') });

  const digestId = Number(/#\/digest\/(\d+)/.exec(page.url())![1]);
  const api = apiClient(edition.url);
  const digest = await api('digests.get', { id: digestId });
  const item = digest.items.find((entry) => entry.id === itemId)!;
  expect(item.showBody).toBe(false);
  // The email carries its summary, not a line of its text.
  const story = await api('stories.get', { id: item.storyId });
  const email = (await api('digests.preview', { id: digestId, format: 'text' })).content;
  const lastParagraph = story.bodyText.trim().split(/\n+/).at(-1)!.slice(0, 40);
  expect(email).not.toContain(lastParagraph);

  await page.reload();
  const again = page.locator(`[data-testid="board-item"][data-item-id="${itemId}"]`);
  await again.getByTestId('item-edit').click();
  await expect(again.getByTestId('item-show-body')).not.toBeChecked();
});
