import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures';
import { EditorPane } from './models/editor-pane';
import { MainScreen } from './models/main-screen';

test('a flash item landing in the watched folder is announced and opens from the notice', async ({
  page,
  edition,
}, testInfo) => {
  // Inside the server's folder, which the fixture deletes when the test ends.
  const watched = mkdtempSync(join(edition.folder, 'watched-'));
  await new MainScreen(page).open(edition.url);
  await page.getByTestId('sources-button').click();
  await page.getByTestId('watch-folder').fill(watched);
  await page.getByTestId('watch-save').click();
  await expect(page.getByTestId('watch-status')).toContainText(watched);
  await page.getByTestId('sources-close').click();

  writeFileSync(
    join(watched, 'flash.json'),
    JSON.stringify({
      uri: 'urn:e2e:flash:1',
      version: '1',
      type: 'text',
      urgency: 1,
      headline: 'Силно земетресение край Вранча',
      body_text: 'Трусът е усетен в Северна България.',
    }),
  );
  const toast = page.getByTestId('arrival-toast');
  await expect(toast).toBeVisible({ timeout: 15_000 });
  await expect(toast).toContainText(/Urgent from the wire|Спешно от агенциите/);
  await expect(toast).toContainText('Силно земетресение край Вранча');
  await page.screenshot({ path: testInfo.outputPath('notice.png') });

  await toast.getByTestId('arrival-open').click();
  const editor = new EditorPane(page);
  await expect(editor.body).toContainText('Трусът е усетен');
  await expect(toast).toHaveCount(0);
});
