import { test, expect } from './support/fixtures';
import { apiClient } from './support/xss-api';
import { ninjsUpload } from './support/ninjs';

/** `count` stories of the morning of 14 March 2026 from `source`, a minute apart from `hour`. */
function wire(source: string, count: number, hour: number) {
  return Array.from({ length: count }, (_, index) => {
    const at = hour * 60 + index;
    const time = `${String(Math.floor(at / 60)).padStart(2, '0')}:${String(at % 60).padStart(2, '0')}`;
    return ninjsUpload({
      uri: `urn:e2e:pages:${source}:${index}`,
      headline: `${source} ${index + 1}`,
      versioncreated: `2026-03-14T${time}:00Z`,
      body: `Новина ${index + 1} от ${source}.`,
      fileName: `${source}-${index}.json`,
      source,
      subjects: [source === 'dpa' ? 'Спорт' : 'Политика'],
    });
  });
}

test("a busy day's window: a page at a time, every source in the filters, the total in the count", async ({
  page,
  edition,
}) => {
  const api = apiClient(edition.url);
  // 20 older stories from dpa, then 300 newer from БТА: the first page holds no dpa story.
  await api('stories.import', { files: wire('dpa', 20, 1) });
  await api('stories.import', { files: wire('БТА', 300, 2) });
  const digest = await api('digests.create', {
    date: '2026-03-14',
    title: 'Натоварен ден',
    closeTime: '12:00',
    fromPrevious: false,
  });
  await page.goto(`${edition.url}#/digest/${digest.id}/view/board`);

  const rows = page.getByTestId('window-item');
  await expect(rows).toHaveCount(300);
  await expect(rows.first()).toContainText('БТА 300');
  await expect(page.locator('.edition__window .pane__count')).toHaveText(/300\D+320/);
  // The filters offer dpa although none of its stories is on the page shown.
  await page.getByTestId('window-filters-toggle').click();
  await expect(page.getByTestId('window-filter-source').locator('option')).toContainText([
    'dpa',
    'БТА',
  ]);
  await page.getByTestId('window-filters-toggle').click();

  // Twenty are left to show.
  await expect(page.getByTestId('window-more')).toHaveText(/\b20\b/);
  await page.getByTestId('window-more').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test-results/window-pages-more.png' });
  await page.getByTestId('window-more').click();
  await expect(rows).toHaveCount(320);
  await expect(rows.last()).toContainText('dpa 1');
  // The keyboard goes on to the first story the button brought.
  await expect(rows.nth(300)).toBeFocused();
  await expect(rows.nth(300)).toContainText('dpa 20');
  await expect(page.getByTestId('window-more')).toHaveCount(0);
  await expect(page.locator('.edition__window .pane__count')).toHaveText(/^320\D/);

  // A filter starts again from one page, and counts what matches.
  await page.getByTestId('window-filters-toggle').click();
  await page.getByTestId('window-filter-source').selectOption('dpa');
  await expect(rows).toHaveCount(20);
  await expect(page.locator('.edition__window .pane__count')).toHaveText(/^20\D/);
  await expect(page.getByTestId('window-more')).toHaveCount(0);
  // Or to a section as the wire names it, offered although its stories are past the first page.
  await page.getByTestId('window-filter-source').selectOption('');
  await expect(rows).toHaveCount(300);
  await page.getByTestId('window-filter-section').selectOption('Спорт');
  await expect(rows).toHaveCount(20);
  await expect(rows.first()).toContainText('dpa 20');
});

test('a window of exactly one page offers no more', async ({ page, edition }) => {
  const api = apiClient(edition.url);
  await api('stories.import', { files: wire('БТА', 300, 2) });
  const digest = await api('digests.create', {
    date: '2026-03-14',
    title: 'Точно страница',
    closeTime: '12:00',
    fromPrevious: false,
  });
  await page.goto(`${edition.url}#/digest/${digest.id}/view/board`);
  await expect(page.getByTestId('window-item')).toHaveCount(300);
  await expect(page.locator('.edition__window .pane__count')).toHaveText(/^300\D/);
  await expect(page.getByTestId('window-more')).toHaveCount(0);
});
