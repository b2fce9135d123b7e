import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

function story(folder: string, name: string, headline: string): string {
  const path = join(folder, name);
  writeFileSync(path, `${headline}\n\nТекст на новината „${headline}“.`);
  return path;
}

test('back up the database, go on working, and restore the backup from the app', async ({
  page,
  edition,
}, testInfo) => {
  // Inside the server's folder, which the fixture deletes when the test ends.
  const wire = mkdtempSync(join(edition.folder, 'wire-'));
  const screen = await new MainScreen(page).open(edition.url);
  await screen.importFiles([story(wire, 'morning.txt', 'Сутрешна новина')]);
  await expect(screen.card('Сутрешна новина')).toHaveCount(1);

  await page.getByTestId('backups-button').click();
  const dialog = page.getByTestId('backups-dialog');
  // The serving process made its daily backup when it started.
  await expect(dialog.getByTestId('backup-row')).toHaveCount(1);
  await dialog.getByTestId('backup-now').click();
  await expect(dialog.getByTestId('backup-row')).toHaveCount(2);
  const manual = dialog.getByTestId('backup-row').filter({ hasText: /Made by hand|Ръчно/ });
  await expect(manual).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('backups.png') });
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);

  await screen.importFiles([story(wire, 'late.txt', 'Късна новина')]);
  await expect(screen.card('Късна новина')).toHaveCount(1);

  // A second tab on the same server, showing the later story.
  const other = await page.context().newPage();
  const otherScreen = await new MainScreen(other).open(edition.url);
  await expect(otherScreen.card('Късна новина')).toHaveCount(1);

  await page.bringToFront();
  await page.getByTestId('backups-button').click();
  // From the keyboard: asking to restore moves to the safe answer, and backing out returns.
  await manual.getByTestId('backup-restore').focus();
  await page.keyboard.press('Enter');
  await expect(manual).toContainText(/replaced|заменено/);
  await expect(manual.getByTestId('backup-restore-cancel')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(manual.getByTestId('backup-restore')).toBeFocused();
  await manual.getByTestId('backup-restore').click();
  await expect(manual).toContainText(/replaced|заменено/);
  await manual.getByTestId('backup-restore-confirm').click();

  // The page reloads on the restored database: the later story is gone, the earlier one stays.
  await expect(screen.card('Сутрешна новина')).toHaveCount(1);
  await expect(screen.card('Късна новина')).toHaveCount(0);
  // The other tab starts afresh on the restored database too.
  await expect(otherScreen.card('Късна новина')).toHaveCount(0);
  await expect(otherScreen.card('Сутрешна новина')).toHaveCount(1);
  await other.close();
  const keptAside = readdirSync(edition.folder).filter((name) => name.includes('before-restore'));
  expect(keptAside.some((name) => /^edition\.db\.before-restore-\d/.test(name))).toBe(true);
});
