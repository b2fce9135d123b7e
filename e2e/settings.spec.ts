import { test, expect } from './support/fixtures';
import type { Page } from '@playwright/test';
import { MainScreen } from './models/main-screen';

/** The app at `url`, its settings dialog open. */
async function openSettings(page: Page, url: string) {
  await new MainScreen(page).open(url);
  await page.getByTestId('settings-button').click();
  return page.getByTestId('settings-dialog');
}

test('settings: the editor names herself, sets what new editions start with and the branding', async ({
  page,
  edition,
}, testInfo) => {
  const dialog = await openSettings(page, edition.url);
  await dialog.getByTestId('settings-author').fill('Мария Петрова');
  await dialog.getByTestId('settings-close-time').fill('06:30');
  // A zone this machine does not know is explained at the field and cannot be saved.
  const zone = dialog.getByTestId('settings-timezone');
  await zone.fill('Europe/Sofa');
  await expect(zone).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/Not a time zone|не е часова зона/)).toBeVisible();
  await expect(dialog.getByTestId('settings-save')).toBeDisabled();
  await zone.fill('Europe/Athens');
  await expect(zone).not.toHaveAttribute('aria-invalid');
  await dialog.getByTestId('settings-sections').fill('Водещи\nБългария\n\nСвят');
  await dialog.getByTestId('settings-publication').fill('Сутрешен бюлетин');
  await dialog.getByTestId('settings-logo').fill('http://example.bg/logo.png');
  await dialog.getByTestId('settings-save').click();
  // An http logo would be blocked in exports: main refuses it, and the field says why (in the
  // interface's language); nothing is lost.
  await expect(dialog.getByTestId('settings-logo')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText(/https:\/\//).first()).toBeVisible();
  await expect(dialog.getByTestId('settings-author')).toHaveValue('Мария Петрова');
  await dialog.getByTestId('settings-logo').fill('https://example.bg/logo.png');
  await expect(dialog.getByTestId('settings-logo')).not.toHaveAttribute('aria-invalid');
  // The email's sender and its way out; a mail service's merge tag is one.
  await dialog.getByTestId('settings-sender').fill('Бюлетин <bulletin@example.bg>');
  await dialog.getByTestId('settings-unsubscribe').fill('*|UNSUB|*');
  await dialog.getByTestId('settings-save').click();
  await expect(dialog.getByTestId('settings-sender')).toHaveAttribute('aria-invalid', 'true');
  await dialog.getByTestId('settings-sender').fill('bulletin@example.bg');
  await dialog.getByTestId('settings-save').click();
  await expect(dialog.getByRole('status')).toHaveText(/Saved|Запазено/);
  await page.screenshot({ path: testInfo.outputPath('settings.png') });
  await page.keyboard.press('Escape');

  // Reopened, the dialog shows what was stored.
  await page.getByTestId('settings-button').click();
  await expect(dialog.getByTestId('settings-author')).toHaveValue('Мария Петрова');
  await expect(dialog.getByTestId('settings-sections')).toHaveValue('Водещи\nБългария\nСвят');
  await page.keyboard.press('Escape');

  await page.getByTestId('digest-title').fill('Петък');
  await page.getByTestId('create-digest').click();
  await page.getByTestId('open-edition-board').click();
  await expect(page.getByTestId('section-name')).toHaveCount(3);
  const names = await page
    .getByTestId('section-name')
    .evaluateAll((inputs) => inputs.map((input) => (input as unknown as { value: string }).value));
  expect(names).toEqual(['Водещи', 'България', 'Свят']);
  await expect(page.getByTestId('edition-close-time')).toHaveValue('06:30');
  await expect(page.getByTestId('edition-timezone')).toHaveValue('Europe/Athens');

  // The interface language is a setting too, and switches at once.
  await page.getByTestId('settings-button').click();
  await dialog.getByTestId('settings-language').selectOption('bg');
  await expect(dialog.getByRole('heading', { level: 2 })).toHaveText('Настройки');
  await expect(page.getByTestId('language-select')).toHaveValue('bg');
});

test('settings: closing with changes not saved asks first, and keeps them until told', async ({
  page,
  edition,
}, testInfo) => {
  const dialog = await openSettings(page, edition.url);
  await dialog.getByTestId('settings-author').fill('Иван Георгиев');
  await page.keyboard.press('Escape');
  await expect(dialog.getByTestId('settings-leaving')).toBeVisible();
  await expect(dialog.getByTestId('settings-keep')).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('settings-leaving.png') });
  await dialog.getByTestId('settings-keep').click();
  await expect(dialog.getByTestId('settings-author')).toHaveValue('Иван Георгиев');

  await dialog
    .getByRole('button', { name: /Close|Затваряне/ })
    .first()
    .click();
  await dialog.getByTestId('settings-discard').click();
  await expect(dialog).toBeHidden();
  await page.getByTestId('settings-button').click();
  await expect(dialog.getByTestId('settings-author')).toHaveValue('');
  await page.keyboard.press('Escape'); // nothing changed: closes at once
  await expect(dialog).toBeHidden();
});
