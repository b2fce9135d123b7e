import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

/** Four stories from the morning of 14 March 2026, one of them withdrawn by its agency. */
/** In `parent` (the served edition's folder, removed when the test ends). */
function morningWire(parent: string): string[] {
  const folder = mkdtempSync(join(parent, 'morning-'));
  const story = (
    slug: string,
    headline: string,
    hour: number,
    extra: Record<string, unknown> = {},
  ) => {
    const path = join(folder, `${slug}.json`);
    writeFileSync(
      path,
      JSON.stringify({
        uri: `urn:e2e:${slug}`,
        version: '1',
        type: 'text',
        versioncreated: `2026-03-14T0${hour}:00:00Z`,
        headline,
        body_text: `${headline}. Подробности от агенцията за читателите на сутрешния бюлетин.`,
        ...extra,
      }),
    );
    return path;
  };
  return [
    story('budget', 'Парламентът прие бюджета', 5),
    story('metro', 'Метрото получава нови влакове', 6),
    story('storm', 'Буря над Черно море', 7),
    story('fire', 'Оттеглена новина за пожар', 8, { pubstatus: 'canceled' }),
  ];
}

function boardHeadlines(page: Page): Promise<string[]> {
  return page.getByTestId('board-item').evaluateAll((items) =>
    items.map(
      (item) =>
        (
          item.querySelector('[data-testid="item-headline-override"]') as {
            value?: string;
          } | null
        )?.value ?? '',
    ),
  );
}

async function exportFile(
  page: Page,
  format: string,
  testInfo: { outputPath: (name: string) => string },
): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByTestId(`export-format-${format}`).click();
  const file = testInfo.outputPath(`edition.${format}`);
  await (await download).saveAs(file);
  return readFileSync(file, 'utf8');
}

async function addFromWindow(page: Page, headline: string): Promise<void> {
  const row: Locator = page.getByTestId('window-item').filter({ hasText: headline });
  await row.getByTestId('window-add').click();
  await expect.poll(() => boardHeadlines(page)).toContain(headline);
}

test("an editor builds the morning's edition, orders it, fixes what the checks find and exports every format", async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.importFiles(morningWire(edition.folder));

  const digest = screen.digest();
  await digest.create('2026-03-14', 'Сутрешен бюлетин');
  await page.getByTestId('open-edition-board').click();
  await expect(page.getByTestId('edition-board')).toBeVisible();

  await page.getByTestId('edition-close-time').fill('12:00');
  await page.getByTestId('edition-subject').fill('Бюджетът е приет и още новини от деня');
  await page.getByTestId('edition-preheader').fill('Парламентът, метрото и времето');
  // The intro is rich text: a bold word, a second paragraph.
  const intro = page.getByTestId('edition-intro');
  // Its name, clicked, puts the caret in it (as a label does for a field).
  await page.locator('.field__label', { hasText: /^(Intro|Увод)$/ }).click();
  await expect(intro).toBeFocused();
  await page.keyboard.type('Добро утро. ');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type('Важно');
  await page.keyboard.press('ControlOrMeta+B');
  await page.keyboard.type(' днес:');
  await page.keyboard.press('Enter');
  await page.keyboard.type('бюджетът и времето.');
  await expect(intro.locator('strong, b, .editor-text-bold').first()).toHaveText('Важно');
  await expect(page.getByTestId('edition-save-status')).toHaveText(/saved|запазени/i, {
    timeout: 10_000,
  });

  for (const headline of [
    'Парламентът прие бюджета',
    'Метрото получава нови влакове',
    'Буря над Черно море',
    'Оттеглена новина за пожар',
  ]) {
    await addFromWindow(page, headline);
  }
  expect(await boardHeadlines(page)).toEqual([
    'Парламентът прие бюджета',
    'Метрото получава нови влакове',
    'Буря над Черно море',
    'Оттеглена новина за пожар',
  ]);

  // By button (keyboard-reachable): the storm goes first.
  const storm = page.getByTestId('board-item').nth(2);
  await storm.getByTestId('item-move-up').click();
  await page.getByTestId('board-item').nth(1).getByTestId('item-move-up').click();
  await expect
    .poll(() => boardHeadlines(page))
    .toEqual([
      'Буря над Черно море',
      'Парламентът прие бюджета',
      'Метрото получава нови влакове',
      'Оттеглена новина за пожар',
    ]);

  // By mouse: drag the metro story above the budget.
  const handle = page.getByTestId('board-item').nth(2).getByTestId('item-drag-handle');
  const target = page.getByTestId('board-item').nth(1);
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 4, { steps: 10 });
  await page.mouse.up();
  await expect
    .poll(() => boardHeadlines(page))
    .toEqual([
      'Буря над Черно море',
      'Метрото получава нови влакове',
      'Парламентът прие бюджета',
      'Оттеглена новина за пожар',
    ]);
  await page.screenshot({ path: testInfo.outputPath('board.png') });

  // The checks find the withdrawn story; exporting is blocked until it is removed.
  await page.getByTestId('edition-tab-checks').click();
  await page.getByTestId('check-run').click();
  await expect(
    page.getByTestId('check-finding').filter({ hasText: 'Оттеглена новина за пожар' }),
  ).toHaveCount(1);
  const fire = page
    .getByTestId('board-item')
    .nth((await boardHeadlines(page)).indexOf('Оттеглена новина за пожар'));
  await fire.getByTestId('item-menu').click();
  await page.getByTestId('item-remove').click();
  await expect(page.getByTestId('board-item')).toHaveCount(3);
  await page.getByTestId('check-run').click();
  await expect(page.getByTestId('check-finding').filter({ hasText: 'Оттеглена' })).toHaveCount(0);

  const email = await exportFile(page, 'email', testInfo);
  expect(email).toContain('role="presentation"');
  // The intro as written: two paragraphs, the word in bold.
  expect(email).toMatch(/<strong[^>]*>Важно<\/strong>/);
  expect(email).toContain('бюджетът и времето.');
  expect(email.indexOf('Буря над Черно море')).toBeLessThan(
    email.indexOf('Парламентът прие бюджета'),
  );
  expect(email).not.toContain('Оттеглена новина');
  expect(await exportFile(page, 'html', testInfo)).toContain('<article');
  expect(await exportFile(page, 'text', testInfo)).toContain('Метрото получава нови влакове');
  expect(await exportFile(page, 'markdown', testInfo)).toMatch(/Буря над Черно море/);
  const eml = await exportFile(page, 'eml', testInfo);
  expect(eml).toMatch(/Content-Type: multipart\/alternative/);
  expect(eml).toMatch(/^Subject: /m);
  await page.screenshot({ path: testInfo.outputPath('checks.png') });
});

test('the online link check visits the edition’s links and says which lead nowhere', async ({
  page,
  edition,
}, testInfo) => {
  const folder = mkdtempSync(join(edition.folder, 'links-'));
  const item = (guid: string, title: string, link: string) =>
    `<item><title>${title}</title><link>${link}</link><guid>urn:e2e:${guid}</guid>
      <pubDate>Sat, 14 Mar 2026 04:00:00 GMT</pubDate><description>${title}: текст.</description></item>`;
  const feed = join(folder, 'links.rss');
  // A name under .test never resolves (RFC 6761); 127.0.0.1 is this machine, no reader's.
  writeFileSync(
    feed,
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Емисия</title>
      ${item('dead', 'Новина с мъртва връзка', 'https://edition-link-check.test/story')}
      ${item('local', 'Новина с вътрешна връзка', 'http://127.0.0.1/cms/1')}
    </channel></rss>`,
  );
  const screen = await new MainScreen(page).open(edition.url);
  await screen.importFiles([feed]);
  await screen.digest().create('2026-03-14', 'Връзки');
  await page.getByTestId('open-edition-board').click();
  await addFromWindow(page, 'Новина с мъртва връзка');
  await addFromWindow(page, 'Новина с вътрешна връзка');

  await page.getByTestId('edition-tab-checks').click();
  await page.getByTestId('check-run').click();
  // By its form: a private address is said at once, and is not visited.
  await expect(
    page.getByTestId('check-finding').filter({ hasText: 'http://127.0.0.1/cms/1' }),
  ).toHaveCount(1);
  // A finding about the edition's own fields leads to the field, on the other tab.
  const subject = page.getByTestId('check-finding').filter({ hasText: /subject|Темата/ });
  await subject.getByTestId('check-go-to').click();
  await expect(page.getByTestId('edition-subject')).toBeFocused();
  await page.getByTestId('edition-tab-checks').click();
  // One about the email's branding leads to its field in Settings.
  await page
    .locator('[data-testid="check-finding"][data-code="email-unsubscribe-missing"]')
    .getByTestId('check-go-to')
    .click();
  await expect(page.getByTestId('settings-unsubscribe')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('settings-unsubscribe')).toBeHidden();

  await page.getByTestId('check-links').click();
  await expect(page.getByTestId('check-links-status')).toHaveText(
    /1 link visited; 1 leads nowhere|Проверена е 1 връзка; 1 не води доникъде/,
    { timeout: 20_000 },
  );
  await expect(
    page.getByTestId('check-finding').filter({ hasText: 'https://edition-link-check.test/story' }),
  ).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('link-check.png') });
});
