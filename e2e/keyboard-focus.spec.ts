import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { AnnotationsPane } from './models/annotations-pane';
import { MainScreen } from './models/main-screen';

/** The focused element's test id, else its id, else its tag (BODY: the keyboard was dropped). */
function focused(page: Page): Promise<string> {
  return page.evaluate(`(() => {
    const active = document.activeElement;
    return active?.getAttribute('data-testid') || active?.id || active?.tagName || 'none';
  })()`);
}

test('a fact-checker working by keyboard keeps their place after Accept and Add note', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.openMetroSample();
  const annotations = await new AnnotationsPane(page).open();
  const suggestions = await page.getByTestId('suggestion-item').count();
  const suggestion = page.getByTestId('suggestion-item').first();
  const quote = (await suggestion.locator('.suggestion-item__quote').innerText()).slice(0, 20);
  await suggestion.getByTestId('suggestion-accept').focus();
  await page.keyboard.press('Enter');
  // On from the next suggestion (the last one taken: the suggestions' heading), not the top
  // of the page.
  await expect(annotations.item(quote)).toBeVisible();
  await expect
    .poll(() => focused(page))
    .toBe(suggestions > 1 ? 'suggestion-accept' : 'suggestions-title');
  if (suggestions > 1) {
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('suggestion-item')).toHaveCount(suggestions - 2);
  }

  const item = annotations.item(quote);
  await item.locator('.annotation-item__toggle').click(); // its details, notes among them
  await item.getByTestId('annotation-note-input').fill('Проверено по записа.');
  await item.getByTestId('annotation-note-add').focus();
  await page.keyboard.press('Enter');
  await expect(item).toContainText('Проверено по записа.');
  await expect.poll(() => focused(page)).toBe('annotation-note-input');
});

test('an editor on the board keeps the keyboard after Check, Export and switching views', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await page.getByTestId('load-sample-edition').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  await expect.poll(() => focused(page)).toBe('edition-close');

  await page.getByTestId('edition-tab-checks').click();
  await page.getByTestId('check-run').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('check-run')).toBeEnabled();
  await expect(page.locator('.checks__summary')).toBeVisible();
  await expect.poll(() => focused(page)).toBe('check-run');

  const download = page.waitForEvent('download');
  await page.getByTestId('export-format-html').focus();
  await page.keyboard.press('Enter');
  await download;
  await expect(page.getByTestId('export-note')).toBeVisible();
  await expect.poll(() => focused(page)).toBe('export-format-html');

  await page.getByTestId('edition-close').focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('open-edition-board');
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('edition-close');
  expect(screen).toBeTruthy();
});

test('Add to digest, Remove and Export HTML in the panes keep the keyboard in its place', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  await page.getByTestId('edition-close').click();
  await screen.openMetroSample();
  await page.getByTestId('add-to-digest').focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('add-to-digest')).toHaveAttribute('aria-disabled', 'true');
  await expect.poll(() => focused(page)).toBe('add-to-digest');
  // Pressed again, it does nothing: the story is in the digest once.
  await page.keyboard.press('Enter');
  await expect.poll(() => focused(page)).toBe('add-to-digest');

  // Removing a story from the digest pane: on from the next row's remove button.
  const rows = page.getByTestId('digest-item');
  const count = await rows.count();
  const nextId = await rows.nth(1).getAttribute('data-item-id');
  await rows.first().locator('.icon-button').focus();
  await page.keyboard.press('Enter');
  await expect(rows).toHaveCount(count - 1);
  await expect
    .poll(() =>
      page.evaluate(
        `document.activeElement?.closest('[data-testid="digest-item"]')?.getAttribute('data-item-id') ?? null`,
      ),
    )
    .toBe(nextId);

  const download = page.waitForEvent('download');
  await page.getByTestId('export-html').focus();
  await page.keyboard.press('Enter');
  await download;
  await expect.poll(() => focused(page)).toBe('export-html');
});
