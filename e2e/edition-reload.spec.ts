import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

/**
 * What an editor types on the board is saved a moment after typing stops. Reloading the page (or
 * closing the window) within that moment must not lose it: the edition's fields and a story's
 * own headline and summary in the edition are sent as the page goes.
 */
test('what was typed on the board just before a reload is still there after it', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await screen.loadSampleEdition();

  await page.getByTestId('edition-subject').fill('Тема, написана точно преди презареждане');
  await page.getByTestId('edition-preheader').fill('Текст за преглед преди презареждане');
  await page.reload();
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  await expect(page.getByTestId('edition-subject')).toHaveValue(
    'Тема, написана точно преди презареждане',
  );
  await expect(page.getByTestId('edition-preheader')).toHaveValue(
    'Текст за преглед преди презареждане',
  );

  const first = page.getByTestId('board-item').first();
  await first.getByTestId('item-edit').click();
  await first.getByTestId('item-summary-override').fill('Резюме на редакцията');
  await first.getByTestId('item-headline-override').fill('Заглавие на редакцията');
  await page.reload();
  await expect(page.getByTestId('board-item')).toHaveCount(10);
  const again = page.getByTestId('board-item').first();
  await expect(again.getByTestId('item-headline-override')).toHaveValue('Заглавие на редакцията');
  await again.getByTestId('item-edit').click();
  await expect(again.getByTestId('item-summary-override')).toHaveValue('Резюме на редакцията');
});
