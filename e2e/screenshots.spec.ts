import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { REPO } from './support/server';

const SHOTS = join(REPO, 'docs', 'screenshots');

/**
 * The README's pictures of the main screens, taken from the sample edition on every e2e run so
 * that they always show the app as it is (main.png comes from editor-slice.spec.ts).
 */
test('README screenshots: the edition board, the email preview, the checks, dark mode', async ({
  page,
  edition,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await new MainScreen(page).open(edition.url);
  await page.getByTestId('load-sample-edition').click();
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  await page.screenshot({ path: join(SHOTS, 'board.png') });

  await page.getByTestId('preview-open-bar').click();
  await expect(page.getByTestId('preview-dialog')).toBeVisible();
  await expect(page.getByTestId('preview-email')).toBeVisible();
  // The sandboxed frame has painted the edition's masthead.
  await expect(
    page.frameLocator('[data-testid="preview-email"]').getByText('Сутрешен бюлетин').first(),
  ).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'email-preview.png') });
  await page.getByTestId('preview-close').click();

  // A placeholder left in the preheader, as happens on deadline: the checks catch it.
  await page.getByTestId('edition-preheader').fill('TK: най-важното от деня');
  await expect(page.getByTestId('edition-save-status')).toHaveText(/saved|запазени/i);
  await page.getByTestId('edition-tab-checks').click();
  await page.getByTestId('check-run').click();
  await expect(page.getByTestId('check-finding').first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'checks.png') });

  await page.emulateMedia({ colorScheme: 'dark' });
  await page.getByTestId('edition-tab-fields').click();
  await page.screenshot({ path: join(SHOTS, 'board-dark.png') });
});
