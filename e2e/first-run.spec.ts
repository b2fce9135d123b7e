import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

test('a first run explains itself and loads a complete sample edition in one click', async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  // Nothing yet: the panes say what to do rather than showing blank space.
  await expect(page.getByText(/No stories yet|Все още няма материали/)).toBeVisible();
  await expect(page.getByText(/No editions yet|Все още няма издания/)).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('first-run.png') });

  await page.getByTestId('load-sample-edition').click();
  await expect(page.getByTestId('edition-board')).toBeVisible();
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  for (const section of ['България', 'Свят', 'Икономика', 'Култура и спорт'])
    await expect(page.getByTestId('edition-board')).toContainText(section);
  await expect(page.getByTestId('edition-subject')).toHaveValue(/Бюджетът мина на първо четене/);
  await page.screenshot({ path: testInfo.outputPath('sample-edition.png') });

  // The stories are real stories of the store: the inbox lists them, the editor opens them.
  await page.goto(edition.url);
  await expect(screen.inbox).toHaveCount(10);
  const editor = await screen.openStory('Парламентът прие бюджета на първо четене');
  await expect(editor.body).toContainText('128 народни представители');
});

test('a new edition is proposed for the next one to close: tomorrow’s in the evening', async ({
  page,
  edition,
}) => {
  // 20:00 in Sofia, after the default 07:00 close: the edition being made is tomorrow morning's.
  await page.clock.setFixedTime(new Date('2026-03-14T18:00:00Z'));
  await new MainScreen(page).open(edition.url);
  await expect(page.getByTestId('digest-date')).toHaveValue('2026-03-15');
  // 05:00 in Sofia, before the close: this morning's.
  await page.clock.setFixedTime(new Date('2026-03-14T03:00:00Z'));
  await page.reload();
  await expect(page.getByTestId('digest-date')).toHaveValue('2026-03-14');
});
