import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { writeNinjsVersion } from './support/ninjs';

const FIRE = { uri: 'urn:e2e:wire-update-edits', name: 'fire', headline: 'Пожар в склад' };

/** A ninjs version of one wire story, written to `folder`; its path. */
function wireVersion(folder: string, version: number, body: string): string {
  return writeNinjsVersion(folder, FIRE, version, body);
}

/**
 * The story imported, typed in and saved; then more typing, and the agency's new version lands
 * before that typing is saved: the save is held as a conflict.
 */
async function typingHeldByWireUpdate(page: Page, folder: string, url: string) {
  const screen = await new MainScreen(page).open(url);
  await screen.importFiles([wireVersion(folder, 1, 'Пожар избухна в склад в Бургас.')]);
  const editor = await screen.openStory('Пожар в склад');
  await editor.typeAfter('Пожар избухна', ' Първа редакция.');
  await editor.expectSaved();
  await editor.typeAfter('Пожар избухна', ' Втора редакция.');
  await screen.importFiles([wireVersion(folder, 2, 'Пожар избухна в склад за мебели.')]);
  await expect(editor.saveStatus).toHaveAttribute('data-state', 'conflict');
  return editor;
}

test('typing not yet saved when a wire update arrives is still there after Reload', async ({
  page,
  edition,
}) => {
  const editor = await typingHeldByWireUpdate(page, edition.folder, edition.url);
  await expect(page.getByTestId('banner-stale')).toBeVisible();

  await page.getByTestId('banner-stale').getByRole('button').click();
  await expect(page.getByTestId('banner-stale')).toHaveCount(0);
  await expect(editor.body).toContainText('Първа редакция. Втора редакция.');
  await expect(page.getByTestId('banner-conflict')).toBeVisible();

  await page.reload();
  const reopened = await new MainScreen(page).openStory('Пожар в склад');
  await expect(reopened.body).toContainText('Първа редакция. Втора редакция.');
});

test('the wire’s new text, kept beside the editor’s, is restored from the revisions', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.importFiles([wireVersion(edition.folder, 1, 'Пожар избухна в склад в Бургас.')]);
  const editor = await screen.openStory('Пожар в склад');
  await editor.typeAfter('Пожар избухна', ' Редакция.');
  await editor.expectSaved();
  await screen.importFiles([wireVersion(edition.folder, 2, 'Пожар избухна в склад за мебели.')]);
  await page.getByTestId('banner-stale').getByRole('button').click();
  await expect(page.getByTestId('banner-conflict')).toBeVisible();

  await page.getByTestId('revisions-button').click();
  const wire = page.getByTestId('revision-item').filter({ hasText: /wire update/ });
  await expect(wire).not.toContainText(/current/);
  await expect(page.getByTestId('revision-item').filter({ hasText: /current/ })).toContainText(
    /edited/,
  );
  await wire.getByTestId('revision-restore').click();
  await wire.getByTestId('revision-restore-confirm').click();

  await expect(editor.body).toHaveText('Пожар избухна в склад за мебели.');
  await expect(page.getByTestId('banner-conflict')).toHaveCount(0);
});

test('restoring a revision while typing is held by a conflict restores it, the typing kept', async ({
  page,
  edition,
}) => {
  const editor = await typingHeldByWireUpdate(page, edition.folder, edition.url);

  await page.getByTestId('revisions-button').click();
  const wire = page.getByTestId('revision-item').filter({ hasText: /wire update/ });
  await wire.getByTestId('revision-restore').click();
  await wire.getByTestId('revision-restore-confirm').click();

  await expect(editor.body).toHaveText('Пожар избухна в склад за мебели.');
  await expect(page.locator('[data-error-code]')).toHaveCount(0);
  // The typing the conflict held is a revision of its own, to compare or restore.
  const rows = page.getByTestId('revision-item');
  await expect(rows).toHaveCount(5);
  await rows.nth(1).getByRole('checkbox').check();
  await rows.nth(2).getByRole('checkbox').check();
  await page.getByTestId('revision-compare').click();
  await expect(page.getByTestId('revision-compare-dialog')).toContainText('Втора редакция.');
});
