import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { apiClient } from './support/xss-api';
import { jpegWithXmp } from '../src/main/wire/__fixtures__/jpeg-with-xmp';

/**
 * Wire files written for this spec, in `parent` (the served edition's folder, removed when the
 * test ends): each exercises one thing an editor must see.
 */
function wireFolder(parent: string): { folder: string; files: Record<string, string> } {
  const folder = mkdtempSync(join(parent, 'wire-'));
  const ninjs = (version: number, body: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      uri: 'urn:e2e:bta:budget',
      version: String(version),
      type: 'text',
      versioncreated: `2026-03-14T0${version}:00:00Z`,
      headline: `Бюджетът е приет (версия ${version})`,
      body_text: body,
      ...extra,
    });
  const files: Record<string, string> = {
    'canceled.xml': join(folder, 'canceled.xml'),
    'embargo.json': join(folder, 'embargo.json'),
    'expired.json': join(folder, 'expired.json'),
    'cp1251.txt': join(folder, 'cp1251.txt'),
    'budget-v1.json': join(folder, 'budget-v1.json'),
    'budget-v2.json': join(folder, 'budget-v2.json'),
    'broken.xml': join(folder, 'broken.xml'),
    'photo.jpg': join(folder, 'photo.jpg'),
  };
  // A camera's JPEG opens with its XMP text; it is still a picture, not a story.
  writeFileSync(files['photo.jpg']!, jpegWithXmp());
  writeFileSync(
    files['canceled.xml']!,
    `<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>Оттеглена новина за пожар</title>
<docdata management-status="canceled"><doc-id id-string="e2e-canceled-1"/></docdata></head>
<body><body.head><hedline><hl1>Оттеглена новина за пожар</hl1></hedline></body.head>
<body.content><p>Съобщението е оттеглено от агенцията.</p></body.content></body></nitf>`,
  );
  writeFileSync(
    files['embargo.json']!,
    JSON.stringify({
      uri: 'urn:e2e:embargo',
      version: '1',
      type: 'text',
      headline: 'Доклад под ембарго',
      embargoed: '2099-01-01T06:00:00Z',
      body_text: 'Докладът не може да се публикува преди срока.',
    }),
  );
  writeFileSync(
    files['expired.json']!,
    JSON.stringify({
      uri: 'urn:e2e:expired',
      version: '1',
      type: 'text',
      headline: 'Снимка с изтекли права',
      expires: '2020-01-01T00:00:00Z',
      body_text: 'Агенцията позволява използването само до края на 2019 г.',
    }),
  );
  writeFileSync(
    files['cp1251.txt']!,
    iconv.encode(
      'Трамваите се връщат\n\nОбщината пуска нови трамваи по линия 5 от понеделник.',
      'windows-1251',
    ),
  );
  writeFileSync(files['budget-v1.json']!, ninjs(1, 'Първоначален текст за бюджета.'));
  writeFileSync(files['budget-v2.json']!, ninjs(2, 'Поправен текст за бюджета с новите цифри.'));
  writeFileSync(files['broken.xml']!, '<?xml version="1.0"?>\n<nitf>\n<body>\n</nitf>');
  return { folder, files };
}

test('wire copy in many formats arrives with its flags, charsets and versions', async ({
  page,
  edition,
}, testInfo) => {
  const { files } = wireFolder(edition.folder);
  const screen = await new MainScreen(page).open(edition.url);

  const report = await screen.importFiles([
    files['canceled.xml']!,
    files['embargo.json']!,
    files['expired.json']!,
    files['cp1251.txt']!,
    files['budget-v1.json']!,
    files['broken.xml']!,
    files['photo.jpg']!,
  ]);
  await expect(report).toContainText('broken.xml');
  await expect(report).toContainText(/XML error at line \d+/);
  await expect(report).toContainText('a picture (JPEG), not a news document');

  await expect(
    screen.card('Оттеглена новина за пожар').getByTestId('badge-canceled'),
  ).toBeVisible();
  await expect(screen.card('Доклад под ембарго').getByTestId('badge-embargo')).toBeVisible();
  const expired = screen.card('Снимка с изтекли права').getByTestId('badge-expired');
  await expect(expired).toBeVisible();
  // A date in a badge keeps its case: "Г." for "г." reads as a typo.
  await expect(expired).toHaveCSS('text-transform', 'none');
  // windows-1251 copy reads as Cyrillic, not mojibake.
  await expect(screen.card('Трамваите се връщат')).toHaveCount(1);
  await page.screenshot({ path: testInfo.outputPath('ingest-inbox.png') });

  // Past the time the agency allowed its use: said above the story, in the editor.
  await screen.openStory('Снимка с изтекли права');
  await expect(page.getByTestId('banner-expired')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('ingest-expired.png') });

  const update = await screen.importFiles([files['budget-v2.json']!]);
  await expect(update).toContainText(/1 updated|1 обновен/);
  const editor = await screen.openStory(/Бюджетът е приет \(версия 2\)/);
  await expect(editor.body).toContainText('новите цифри');

  const again = await screen.importFiles([files['budget-v1.json']!]);
  await expect(again).toContainText(/1 duplicate|1 дубл/i);
  await page.screenshot({ path: testInfo.outputPath('ingest-update.png') });
});

test('a watched folder imports files as they land and moves them to done/', async ({
  page,
  edition,
}, testInfo) => {
  const watched = mkdtempSync(join(edition.folder, 'watch-'));
  const screen = await new MainScreen(page).open(edition.url);

  await page.getByTestId('sources-button').click();
  await page.getByTestId('watch-folder').fill(watched);
  await page.getByTestId('watch-save').click();
  await expect(page.getByTestId('watch-status')).toContainText(watched);
  await page.screenshot({ path: testInfo.outputPath('sources.png') });
  await page.getByTestId('sources-close').click();

  writeFileSync(
    join(watched, 'arrival.txt'),
    'Новина от папката\n\nТя пристигна сама, без бутон за внос.',
  );
  // Pushed to the window by the serving process: no reload, no button.
  await expect(screen.card('Новина от папката')).toHaveCount(1, { timeout: 15_000 });
  await expect.poll(() => existsSync(join(watched, 'done', 'arrival.txt'))).toBe(true);
  expect(readdirSync(watched).filter((name) => name.endsWith('.txt'))).toEqual([]);

  // A folder dropped in is read three levels deep; one further down is named, not ignored.
  const deep = join(watched, 'batch', 'a', 'b', 'c');
  mkdirSync(deep, { recursive: true });
  writeFileSync(join(deep, 'buried.txt'), 'Заровена новина\n\nНикой не я вижда.');

  // A file it cannot import goes to failed/, and the window says so, and why: once it has
  // stood unchanged for the watch's longer window (2 s, then 10 s more), not still written.
  writeFileSync(join(watched, 'broken.json'), '{"uri": "urn:broken", ');
  await expect(page.getByTestId('watch-failure-toast')).toContainText(/1 file/, {
    timeout: 30_000,
  });
  await page.getByTestId('sources-button').click();
  await expect(page.getByTestId('watch-failures')).toContainText('broken.json');
  await expect(page.getByTestId('watch-unreadable')).toContainText(deep);
  await expect(page.getByTestId('watch-unreadable')).toContainText('move them up');
  await page.screenshot({ path: testInfo.outputPath('sources-failures.png') });
});

test('a failing feed and an unwatchable folder say why in the interface’s language', async ({
  page,
  edition,
}, testInfo) => {
  // A feed server of the test's own that is down for maintenance.
  const server = createServer((_request, response) => response.writeHead(503).end());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/news.rss`;
    // A laptop's screen: the Sources dialog scrolls.
    await page.setViewportSize({ width: 1280, height: 560 });
    await new MainScreen(page).open(edition.url);
    await page.getByTestId('language-select').selectOption('bg');
    await page.getByTestId('sources-button').click();
    await page.getByTestId('feed-url').fill(url);
    await page.getByTestId('feed-add').click();
    const row = page.getByTestId('feed-row').filter({ hasText: url });
    await row.getByTestId('feed-check').click();
    // In the check's report and on the feed itself, in Bulgarian: not main's English message.
    await expect(page.getByTestId('feed-report')).toContainText(
      'сървърът на емисията отговори 503 Service Unavailable',
    );
    await expect(row.getByTestId('feed-error')).toContainText(
      'сървърът на емисията отговори 503 Service Unavailable',
    );
    await expect(row.getByTestId('feed-error')).not.toContainText('HTTP 503');
    // Adding it again, or an address that is not on the web, is said beside the field (no alert
    // over it) and in Bulgarian, not main's message.
    await page.getByTestId('feed-url').fill(url);
    await page.getByTestId('feed-add').click();
    await expect(page.getByTestId('feed-add-error')).toHaveText('Тази емисия вече е в списъка.');
    // Below the check's report, under the dialog's fold: brought into view to be read.
    await expect(page.getByTestId('feed-add-error')).toBeInViewport();
    await page.getByTestId('feed-url').fill('ftp://127.0.0.1/news.rss');
    await expect(page.getByTestId('feed-add-error')).toHaveCount(0); // typing clears it
    await page.getByTestId('feed-add').click();
    await expect(page.getByTestId('feed-add-error')).toContainText('http:// или https://');
    await expect(page.getByRole('alert').filter({ hasText: 'Already subscribed' })).toHaveCount(0);
    await page.getByTestId('feed-url').fill('');
    // So does a watched folder that cannot be watched.
    const missing = join(edition.folder, 'Входящи');
    await page.getByTestId('watch-folder').fill(missing);
    await page.getByTestId('watch-save').click();
    await expect(page.getByTestId('watch-status')).toContainText(missing);
    await expect(page.getByTestId('watch-status')).toContainText('не е съществуваща папка');
    await page.screenshot({ path: testInfo.outputPath('feed-failure-bg.png') });
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('a feed added in Sources is read at once; one typed without https:// is taken as https', async ({
  page,
  edition,
}) => {
  const server = createServer((_request, response) =>
    response
      .writeHead(200, { 'Content-Type': 'application/rss+xml; charset=utf-8' })
      .end(
        '<rss version="2.0"><channel><title>БТА тест</title><link>https://bta.example/</link><item><title>Сутрешна новина от емисията</title><guid>https://bta.example/1</guid><description>Текст на новината.</description></item></channel></rss>',
      ),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const host = `127.0.0.1:${(server.address() as AddressInfo).port}`;
    const screen = await new MainScreen(page).open(edition.url);
    await page.getByTestId('sources-button').click();
    await page.getByTestId('feed-url').fill(`http://${host}/news.rss`);
    await page.getByTestId('feed-add').click();
    // Not at the schedule's next round (up to half a minute later): now.
    const row = page.getByTestId('feed-row').filter({ hasText: 'БТА тест' });
    await expect(row).toContainText('1 new story last time', { timeout: 5_000 });
    await expect(page.getByTestId('feed-report')).toContainText('1 imported');
    await expect(screen.card('Сутрешна новина от емисията')).toHaveCount(1);

    // As a browser's address bar shows it: no scheme. Added, not refused by the browser.
    await page.getByTestId('feed-url').fill(`${host}/other.rss`);
    await page.getByTestId('feed-add').click();
    await expect(
      page.getByTestId('feed-row').filter({ hasText: `https://${host}/other.rss` }),
    ).toHaveCount(1);
    await expect(page.getByTestId('feed-add-error')).toHaveCount(0);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('Import folder… reads subfolders, and says when a folder holds nothing to import', async ({
  page,
  edition,
}) => {
  const folder = mkdtempSync(join(edition.folder, 'desk-'));
  mkdirSync(join(folder, 'bta'));
  writeFileSync(join(folder, 'bta', 'story.txt'), 'Новина от папка\n\nТекст на новината.');
  const empty = mkdtempSync(join(edition.folder, 'empty-'));
  const screen = await new MainScreen(page).open(edition.url);

  await page.getByTestId('import-folder-input').setInputFiles(folder);
  await expect(page.getByTestId('import-report')).toContainText('1 imported');
  await expect(screen.card('Новина от папка')).toHaveCount(1);

  await page.getByTestId('import-folder-input').setInputFiles(empty);
  await expect(page.getByTestId('import-report')).toContainText('No files to import were found');
});

test('an open story says so when a wire update reaches it through the watched folder', async ({
  page,
  edition,
}) => {
  const watched = mkdtempSync(join(edition.folder, 'watch-'));
  const screen = await new MainScreen(page).open(edition.url);
  await screen.watchFolder(watched);

  const version = (number: number, headline: string) =>
    JSON.stringify({
      uri: 'urn:e2e:watch-update',
      version: String(number),
      type: 'text',
      versioncreated: `2026-03-14T0${number}:00:00Z`,
      headline,
      body_text: `${headline}: текст на версия ${number}.`,
    });
  writeFileSync(join(watched, 'v1.json'), version(1, 'Пожар в склад'));
  await screen.openStory('Пожар в склад');
  await expect(page.getByTestId('banner-stale')).toHaveCount(0);

  writeFileSync(join(watched, 'v2.json'), version(2, 'Пожар в склад в Бургас'));
  await expect(page.getByTestId('banner-stale')).toBeVisible({ timeout: 15_000 });
});

test('one event from three agencies is one card; only the killed version is struck through', async ({
  page,
  edition,
}, testInfo) => {
  const folder = mkdtempSync(join(edition.folder, 'similar-'));
  const event =
    'Пожар избухна тази сутрин в склад за мебели в индустриалната зона на Бургас, съобщиха от пожарната. ' +
    'Пострадали няма, но огънят е унищожил голяма част от стоката, а димът се вижда от целия град. ' +
    'Дванадесет екипа се борят с пламъците, а движението по околовръстния път е отклонено.';
  const nitf = (id: string, agency: string, time: string, headline: string, status = 'usable') =>
    `<?xml version="1.0" encoding="UTF-8"?><nitf><head><title>${headline}</title>
<docdata management-status="${status}"><doc-id regsrc="${agency}" id-string="${id}"/><date.issue norm="20260314T${time}+0200"/></docdata></head>
<body><body.head><hedline><hl1>${headline}</hl1></hedline><distributor>${agency}</distributor></body.head>
<body.content><p>${event}</p><p>${agency}</p></body.content></body></nitf>`;
  const files = [
    ['focus.xml', nitf('focus-1', 'Фокус', '080000', 'Пожар в склад (оттеглена)', 'canceled')],
    ['bta.xml', nitf('bta-1', 'БТА', '083000', 'Пожар в склад в Бургас')],
    ['tass.xml', nitf('tass-1', 'ТАСС', '090000', 'Пожар в Бургас: горят мебели')],
  ].map(([name, content]) => {
    writeFileSync(join(folder, name!), content!);
    return join(folder, name!);
  });
  const screen = await new MainScreen(page).open(edition.url);
  await screen.importFiles(files);

  // The first to arrive leads, here the version the agency killed since; the other agencies'
  // versions under it are usable, and the toggle has no "canceled" flag for them.
  await expect(screen.inbox).toHaveCount(1);
  const lead = screen.card('Пожар в склад (оттеглена)');
  await expect(lead.getByTestId('similar-canceled')).toHaveCount(0);
  await lead.getByTestId('similar-toggle').click();
  await expect(screen.inbox).toHaveCount(3);
  const headline = (text: string) =>
    page.locator('.story-card__headline').getByText(text, { exact: true });
  await expect(headline('Пожар в склад (оттеглена)')).toHaveCSS(
    'text-decoration-line',
    'line-through',
  );
  await expect(headline('Пожар в склад в Бургас')).toHaveCSS('text-decoration-line', 'none');
  await expect(headline('Пожар в Бургас: горят мебели')).toHaveCSS('text-decoration-line', 'none');
  await page.screenshot({ path: testInfo.outputPath('ingest-similar.png') });

  // On the board the window lists each version (the editor picks the better one), and says
  // which are the same event, and that one of them is in the edition already.
  const api = apiClient(edition.url);
  const [group] = await api('stories.list', {});
  const stories = await api('stories.list', { similarGroup: group!.similarGroup! });
  const bta = stories.find((story) => story.headline === 'Пожар в склад в Бургас')!;
  const digest = await api('digests.create', {
    date: '2026-03-14',
    title: 'Сходни',
    closeTime: '12:00',
    fromPrevious: false,
  });
  await api('digests.addStory', { digestId: digest.id, storyIds: [bta.id], sectionId: null });
  await page.goto(`${edition.url}#/digest/${digest.id}/view/board`);
  const row = (text: string) => page.getByTestId('window-item').filter({ hasText: text });
  await expect(page.getByTestId('window-item')).toHaveCount(3);
  await expect(row('Пожар в Бургас: горят мебели').getByTestId('window-similar')).toHaveText(
    '≈ 2 similar stories · one is in the edition',
  );
  await expect(row('Пожар в склад в Бургас').getByTestId('window-similar')).toHaveText(
    '≈ 2 similar stories',
  );
  // Picking from the stories not used yet, the warning stands: the edition says what is in it.
  await page.getByTestId('window-filters-toggle').click();
  await page.getByTestId('window-filter-used').selectOption('no');
  await expect(page.getByTestId('window-item')).toHaveCount(2);
  await expect(row('Пожар в Бургас: горят мебели').getByTestId('window-similar')).toHaveText(
    '≈ 2 similar stories · one is in the edition',
  );
  await page.screenshot({ path: testInfo.outputPath('board-window-similar.png') });
});
