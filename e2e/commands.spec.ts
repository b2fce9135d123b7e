import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

test('the command palette and the shortcuts sheet reach everything from the keyboard', async ({
  page,
  edition,
}, testInfo) => {
  await new MainScreen(page).open(edition.url);
  const palette = page.getByTestId('command-palette');

  await page.keyboard.press('Control+Shift+K');
  await expect(palette).toBeVisible();
  await expect(page.getByTestId('command-input')).toBeFocused();
  await page.keyboard.type('sample');
  await expect(palette.getByTestId('command-option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.getByTestId('board-item')).toHaveCount(10);

  // The edition just made is offered among the recent ones; arrows choose, Enter opens.
  await page.keyboard.press('Control+Shift+K');
  await page.keyboard.type('2026-03-14');
  await expect(palette.getByTestId('command-option')).toContainText(['Сутрешен бюлетин']);
  await page.screenshot({ path: testInfo.outputPath('palette.png') });
  await page.keyboard.press('Escape');

  await page.keyboard.press('Control+Shift+K');
  await page.keyboard.type('back inbox');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('edition-board')).toHaveCount(0);

  await page.keyboard.press('Control+Shift+K');
  await page.keyboard.type('backups');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('backups-dialog')).toBeVisible();
  await page.keyboard.press('Escape');

  await page.keyboard.press('F1');
  const sheet = page.getByTestId('shortcuts-dialog');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(/Command palette|Палитра с команди/);
  await expect(sheet).toContainText('Ctrl+Shift+M');
  await page.screenshot({ path: testInfo.outputPath('shortcuts.png') });
  await page.keyboard.press('Escape');
  await expect(sheet).toHaveCount(0);
});
