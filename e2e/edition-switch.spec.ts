import { test, expect } from './support/fixtures';
import { apiClient } from './support/xss-api';
import { MainScreen } from './models/main-screen';

/**
 * Two editions of one morning, and an editor who types in one and goes straight to the other
 * (the edition menu) before the field's save has gone: the second must open, and the first keep
 * what was typed.
 */
test('switching to another edition while a field is still saving opens it', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();
  const api = apiClient(edition.url);
  const [sample] = await api('digests.list', {});
  const evening = await api('digests.create', { date: '2026-03-14', title: 'Вечерно издание' });
  // The menu learns of the new edition when the page asks for the list again.
  await page.reload();
  await expect(page.getByTestId('board-item')).toHaveCount(10);

  const subject = page.getByTestId('edition-subject');
  for (const round of [1, 2, 3]) {
    await subject.fill(`Тема на утрото ${round}`);
    // At once: the save (a moment after typing stops) is still to be sent or on its way.
    await page.getByTestId('edition-select').selectOption(String(evening.id));
    await expect(page.getByTestId('edition-title')).toHaveValue('Вечерно издание');
    await page.getByTestId('edition-select').selectOption(String(sample!.id));
    await expect(subject).toHaveValue(`Тема на утрото ${round}`);
  }
});
