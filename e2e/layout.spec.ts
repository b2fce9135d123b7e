import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

/** At 1280×800, in Bulgarian, with the sample edition loaded (its board shown). */
async function bulgarianSampleEdition(page: Page, url: string): Promise<MainScreen> {
  await page.setViewportSize({ width: 1280, height: 800 });
  const screen = await new MainScreen(page).open(url);
  await page.getByTestId('language-select').selectOption('bg');
  await screen.loadSampleEdition();
  return screen;
}

async function boxes(parts: Record<string, Locator>): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const [name, locator] of Object.entries(parts)) {
    const box = await locator.boundingBox();
    found[name] = box ? `${box.x},${box.y},${box.width}x${box.height}` : 'hidden';
  }
  return found;
}

test('nothing around the text moves while an editor types at 1280x720', async ({
  page,
  edition,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  await page.goto(edition.url);
  const editor = await screen.openStory('Парламентът прие бюджета на първо четене');

  // The chrome an editor's eyes rest on: its place must not depend on typing or saving.
  const parts = {
    header: page.locator('.app-header'),
    toolbar: page.getByRole('toolbar'),
    statusRow: page.locator('.workspace__status'),
    badgeAfterStatus: page.locator('.workspace__status > *').nth(1),
    headline: editor.headline,
    inbox: page.getByTestId('story-card').first(),
    drawer: page.locator('.pane--digest'),
  };
  const before = await boxes(parts);
  await editor.typeAfter('Народното събрание прие на първо четене', ' Гласуването беше');
  // While "Unsaved"/"Saving…" shows, and again once saved.
  expect(await boxes(parts)).toEqual(before);
  await page.keyboard.type(' поименно и ще продължи до вечерта.');
  await editor.expectSaved();
  expect(await boxes(parts)).toEqual(before);
});

test('the Bulgarian header fits a 1280-pixel laptop screen and a narrow window, the language choice in view', async ({
  page,
  edition,
}) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await new MainScreen(page).open(edition.url);
  await page.getByTestId('language-select').selectOption('bg');
  await expect(page.getByTestId('import-button')).toHaveText(/Импортиране/);
  // 1280: a laptop; 1000 and 860: a window beside another, where the actions take two rows.
  for (const width of [1280, 1000, 860]) {
    await page.setViewportSize({ width, height: 720 });
    const widths: number[] = await page.evaluate(
      '[document.documentElement.scrollWidth, innerWidth]',
    );
    expect(widths[0], `at ${width} px`).toBeLessThanOrEqual(widths[1]!); // no sideways scrolling
    const select = (await page.getByTestId('language-select').boundingBox())!;
    expect(select.x + select.width, `at ${width} px`).toBeLessThanOrEqual(width);
    // The panes start below the header, whatever its height.
    const header = (await page.locator('.app-header').boundingBox())!;
    const inbox = (await page.getByTestId('search-input').boundingBox())!;
    expect(inbox.y, `at ${width} px`).toBeGreaterThan(header.y + header.height);
    await page.screenshot({ path: test.info().outputPath(`header-${width}.png`) });
  }
  await expect(page.getByTestId('language-select')).toHaveAccessibleName(/Език/);
});

test('the edition board fits a narrow window: rows keep their buttons in their column', async ({
  page,
  edition,
}) => {
  await bulgarianSampleEdition(page, edition.url);
  for (const width of [1280, 1024, 900]) {
    await page.setViewportSize({ width, height: 800 });
    const widths: number[] = await page.evaluate(
      '[document.documentElement.scrollWidth, innerWidth]',
    );
    expect(widths[0], `at ${width} px`).toBeLessThanOrEqual(widths[1]!);
    // Every row's last button lies inside its row, and the row inside the board's column.
    const column = (await page.locator('.edition__board').boundingBox())!;
    const rows = page.getByTestId('board-item');
    for (let index = 0; index < 3; index += 1) {
      const row = (await rows.nth(index).boundingBox())!;
      const menu = (await rows
        .nth(index)
        .locator('.board-item__actions > *')
        .last()
        .boundingBox())!;
      expect(row.x + row.width, `row ${index} at ${width} px`).toBeLessThanOrEqual(
        column.x + column.width,
      );
      expect(menu.x + menu.width, `row ${index}'s menu at ${width} px`).toBeLessThanOrEqual(
        row.x + row.width,
      );
    }
    await page.screenshot({ path: test.info().outputPath(`board-${width}.png`) });
  }
});

test('an open story fits its pane in a narrow window: nothing runs under the side pane', async ({
  page,
  edition,
}) => {
  const screen = await bulgarianSampleEdition(page, edition.url);
  await page.goto(edition.url);
  await screen.openStory('Парламентът прие бюджета на първо четене');
  for (const width of [1280, 1024, 900]) {
    await page.setViewportSize({ width, height: 800 });
    const pane: number[] = await page.evaluate(
      "(() => { const pane = document.querySelector('.pane--editor'); return [pane.scrollWidth, pane.clientWidth]; })()",
    );
    expect(pane[0], `at ${width} px`).toBeLessThanOrEqual(pane[1]!);
    await page.screenshot({ path: test.info().outputPath(`story-${width}.png`) });
  }
});
