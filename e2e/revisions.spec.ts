import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { EditorPane } from './models/editor-pane';
import { AnnotationsPane } from './models/annotations-pane';

const QUOTE = 'Проектът е финансиран изцяло';
const ADDED = ' Добавено след цитата.';

test('an older revision is restored, and the annotation in it is still right', async ({
  page,
  edition,
}, testInfo) => {
  const screen = await new MainScreen(page).open(edition.url);
  const editor = await screen.openMetroSample();

  // A checked quote: the suggestion accepted and verified, then saved.
  const annotations = await new AnnotationsPane(page).open();
  await annotations.accept(QUOTE, 'verified');
  await expect(editor.body.locator('mark')).toContainText(QUOTE);
  const marked = (await editor.body.locator('mark').textContent()) ?? '';
  await editor.expectSaved();

  // Reloaded (another editing session, so another revision), the text around the quote edited.
  await page.reload();
  const reopened = new EditorPane(page);
  await reopened.typeAfter(QUOTE, ADDED);
  await expect(reopened.body).toContainText(ADDED.trim());
  await reopened.expectSaved();

  // The revision before the edit, restored from the list.
  await page.getByTestId('revisions-button').click();
  const rows = page.getByTestId('revision-item');
  // The edit (current), the checked quote before it, the import: one revision per session.
  await expect(rows).toHaveCount(3);
  await expect(rows.first()).toContainText(/current|текуща/i);
  const number = await rows.nth(1).getAttribute('data-revision');
  const before = page.locator(`[data-testid="revision-item"][data-revision="${number}"]`);

  // Side by side first: the current text against the one before it shows the added words.
  await rows.first().getByRole('checkbox').check();
  await before.getByRole('checkbox').check();
  await page.getByTestId('revision-compare').click();
  const compared = page.getByTestId('revision-compare-dialog');
  await expect(compared.locator('ins', { hasText: 'Добавено' }).first()).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('compared.png') });
  await compared.getByTestId('revision-compare-close').click();
  await expect(compared).toBeHidden();

  await before.getByTestId('revision-restore').click();
  await page.screenshot({ path: testInfo.outputPath('confirm.png') });
  await before.getByTestId('revision-restore-confirm').click();
  // The keyboard goes on from the revisions, reopened with the story, not from the page's top.
  await expect(page.locator('#revisions-title')).toBeFocused();

  // The edit is gone, the mark is around the same words and the record is still verified.
  const restored = new EditorPane(page);
  await expect(restored.body).not.toContainText(ADDED.trim());
  await expect(restored.body.locator('mark')).toHaveText(marked);
  // Saying which revision it took back.
  await expect(rows.first()).toContainText(
    new RegExp(`(restored from #|възстановяване на № )${number}`),
  );
  await page.screenshot({ path: testInfo.outputPath('restored-list.png') });
  await annotations.open();
  await expect(annotations.item(QUOTE)).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('orphaned-item')).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('restored.png') });
});
