import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';

test('a link is added, its address corrected and then removed, the words staying', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  const editor = await screen.openMetroSample();
  const address = page.getByRole('group', { name: /link/i }).getByRole('textbox');

  await editor.select('публичен отчет');
  await page.keyboard.press('ControlOrMeta+k');
  await address.fill('sofia.bg/otchet');
  await address.press('Enter');
  const link = editor.body.locator('a', { hasText: 'публичен отчет' });
  await expect(link).toHaveAttribute('href', 'https://sofia.bg/otchet');

  // The caret in the link: the same keys show its address, to correct.
  await editor.select('отчет');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(address).toHaveValue('https://sofia.bg/otchet');
  await address.fill('https://sofia.bg/otchet-2026');
  await address.press('Enter');
  await expect(link).toHaveAttribute('href', 'https://sofia.bg/otchet-2026');
  await expect(editor.body.locator('a')).toHaveCount(1);

  await editor.select('отчет');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('button', { name: 'Remove link' }).click();
  await expect(editor.body.locator('a')).toHaveCount(0);
  await expect(editor.body).toContainText('поискаха публичен отчет за разходите.');
  await editor.expectSaved();
});

test('Ctrl+K again while the link field is open gives a fresh, focused field; Escape closes it from any of its buttons', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  const editor = await screen.openMetroSample();
  const address = page.getByRole('group', { name: /link/i }).getByRole('textbox');

  await editor.select('публичен отчет');
  await page.keyboard.press('ControlOrMeta+k');
  await address.fill('https://example.org/stale');
  // Back to the text, another selection, Ctrl+K: the field is the new selection's.
  await editor.select('разходите');
  await page.keyboard.press('ControlOrMeta+k');
  await expect(address).toBeFocused();
  await expect(address).toHaveValue('');
  await page.keyboard.type('example.org/costs');
  await page.keyboard.press('Enter');
  await expect(editor.body.locator('a', { hasText: 'разходите' })).toHaveAttribute(
    'href',
    'https://example.org/costs',
  );
  await expect(editor.body).toContainText('публичен отчет');

  await editor.select('публичен отчет');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('button', { name: 'Cancel' }).focus();
  await page.keyboard.press('Escape');
  await expect(address).toHaveCount(0);
});
