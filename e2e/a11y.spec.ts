import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

/** Serious and critical WCAG A/AA violations on what the page shows now, described for a reader. */
async function violations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']);
  if (include) builder = builder.include(include);
  const { violations: found } = await builder.analyze();
  return found
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(' | ')}`,
    );
}

test('the main screens have no serious accessibility violations (axe-core)', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  expect(await violations(page), 'first run').toEqual([]);

  await screen.loadSampleEdition();
  expect(await violations(page), 'edition board').toEqual([]);

  await page.getByTestId('edition-tab-checks').click();
  await page.getByTestId('check-run').click();
  expect(await violations(page), 'checks').toEqual([]);

  await page.goto(edition.url);
  await screen.openStory('Парламентът прие бюджета на първо четене');
  expect(await violations(page), 'inbox and editor').toEqual([]);

  await page.getByTestId('sources-button').click();
  expect(await violations(page, '[data-testid="sources-dialog"]'), 'sources').toEqual([]);
  await page.keyboard.press('Escape');

  await page.getByTestId('backups-button').click();
  await expect(page.getByTestId('backup-row').first()).toBeVisible();
  expect(await violations(page, '[data-testid="backups-dialog"]'), 'backups').toEqual([]);
});
