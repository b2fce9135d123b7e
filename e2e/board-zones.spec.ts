import { test, expect } from './support/fixtures';
import { apiClient } from './support/xss-api';

// The editor's machine keeps UTC; the edition is Sofia's (UTC+2 in March).
test.use({ timezoneId: 'UTC' });

/**
 * One embargo, one time on the board: a row of the edition and the window's row of the same
 * story say it in the edition's zone, as the checks do, whatever the machine's clock says, and
 * name that zone; the inbox says it in the machine's, unlabelled.
 */
test('an embargo reads the same on the board and in its window, in the edition’s zone', async ({
  page,
  edition,
}) => {
  const api = apiClient(edition.url);
  const json = JSON.stringify({
    uri: 'urn:e2e:zones:embargo',
    version: '1',
    type: 'text',
    versioncreated: '2026-03-14T05:00:00Z',
    embargoed: '2099-03-14T08:00:00Z',
    headline: 'Доклад под ембарго',
    body_text: 'Докладът не може да се публикува преди срока.',
  });
  const report = await api('stories.import', {
    files: [{ name: 'embargo.json', dataBase64: Buffer.from(json).toString('base64') }],
  });
  const digest = await api('digests.create', {
    date: '2026-03-14',
    title: 'Зони',
    timezone: 'Europe/Sofia',
    closeTime: '12:00',
    fromPrevious: false,
  });
  await api('digests.addStory', {
    digestId: digest.id,
    storyIds: [report.imported[0]!.id],
    sectionId: null,
  });
  await page.goto(`${edition.url}#/digest/${digest.id}/view/board`);

  const onBoard = page.getByTestId('board-item').getByTestId('badge-embargo');
  const inWindow = page.getByTestId('window-item').getByTestId('badge-embargo');
  await expect(onBoard).toContainText('10:00');
  await expect(inWindow).toContainText('10:00');
  expect(await onBoard.textContent()).toBe(await inWindow.textContent());
  // Not the machine's zone (the inbox says 08:00 for it): the board names the edition's.
  await expect(onBoard).toContainText('+2)');

  await page.goto(`${edition.url}#/`);
  const inInbox = page.getByTestId('story-card').getByTestId('badge-embargo');
  await expect(inInbox).toContainText('8:00');
  await expect(inInbox).not.toContainText('(');

  // The edition's pane beside the inbox says it as the board does.
  await page.goto(`${edition.url}#/digest/${digest.id}`);
  await page.getByTestId('drawer-tab-digest').click();
  const inPane = page.getByTestId('digest-item').getByTestId('badge-embargo');
  await expect(inPane).toContainText('10:00');
  await expect(inPane).toContainText('+2)');
});
