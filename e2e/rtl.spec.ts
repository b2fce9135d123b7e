import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { MainScreen } from './models/main-screen';
import { AnnotationsPane } from './models/annotations-pane';

const HEADLINE = 'ראש הממשלה: "לא נוותר!"';
const QUOTE = 'אנחנו לא נוותר על הביטחון!';

/** The browser lays the element's text out right to left. */
async function expectRtl(locator: Locator): Promise<void> {
  await expect(locator).toHaveCSS('direction', 'rtl');
}

test('a Hebrew story reads right to left in its headline, fields and annotations', async ({
  page,
  edition,
}) => {
  const file = join(edition.folder, 'hebrew.txt');
  writeFileSync(
    file,
    `${HEADLINE}\n\n"${QUOTE}", אמר ראש הממשלה בכנס.\n\n"נעלה את השכר בשנה הבאה", אמר השר.`,
  );
  const screen = await new MainScreen(page).open(edition.url);
  await screen.importFiles([file]);
  const editor = await screen.openStory(HEADLINE);
  await expectRtl(editor.headline);
  await expectRtl(screen.card(HEADLINE).locator('.story-card__headline'));

  const annotations = await new AnnotationsPane(page).open();
  await expectRtl(annotations.suggestion('נעלה את השכר').locator('p').first());
  await editor.select(QUOTE);
  await editor.markSelection('quote');
  const item = annotations.item(QUOTE);
  await expectRtl(item.getByRole('button', { name: QUOTE }));
  await item.getByTestId('annotation-speaker').fill('ראש הממשלה');
  await expectRtl(item.getByTestId('annotation-speaker'));
});
