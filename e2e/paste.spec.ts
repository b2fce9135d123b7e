import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { pasteInto } from './support/paste';

test('plain text pasted with blank lines between paragraphs gives no empty paragraphs', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  const editor = await screen.openMetroSample();
  const before = await editor.body.locator('p').count();
  await editor.typeAfter('Искаме всеки лев', '');
  await page.keyboard.press('Enter');

  await pasteInto(page, {
    'text/plain':
      'Първи поставен абзац.\r\n\r\nВтори абзац: „Ще има промени“, каза министърът.\n \n\nТрети абзац.\n',
  });

  const paragraphs = editor.body.locator('p');
  await expect(paragraphs).toHaveCount(before + 3);
  await expect(paragraphs.nth(before + 1)).toHaveText(
    'Втори абзац: „Ще има промени“, каза министърът.',
  );
  for (const text of await paragraphs.allInnerTexts()) expect(text.trim()).not.toBe('');
  await editor.expectSaved();
});

test('a story pasted outside any field is imported and opens, to be worked on', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  await page.locator('body').click({ position: { x: 5, y: 700 } });
  await pasteInto(page, {
    'text/plain': 'Поставена новина\n\nТекстът дойде от бележника на репортера.\n',
  });
  await expect(screen.card('Поставена новина')).toHaveCount(1);
  await expect(page.getByTestId('headline-input')).toHaveValue('Поставена новина');
  await expect(page.getByTestId('editor')).toContainText('бележника на репортера');
});
