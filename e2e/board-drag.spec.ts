import type { Locator, Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { apiClient } from './support/xss-api';
import { ninjsUpload } from './support/ninjs';

/** A story of the morning of 14 March 2026, `minute` past five UTC. */
function wireStory(slug: string, headline: string, minute: number) {
  return ninjsUpload({
    uri: `urn:e2e:drag:${slug}`,
    headline,
    versioncreated: `2026-03-14T05:${String(minute).padStart(2, '0')}:00Z`,
    body: `${headline}. Текст от агенцията.`,
    fileName: `${slug}.json`,
  });
}

/** The board's headlines, group by group (the lead, then each section), top to bottom. */
function boardGroups(page: Page): Promise<string[][]> {
  return page
    .locator('[data-group]')
    .evaluateAll((groups) =>
      groups.map((group) =>
        [...group.querySelectorAll('[data-testid="item-headline-override"]')].map(
          (field) => (field as { value?: string }).value ?? '',
        ),
      ),
    );
}

/** Presses on `handle`, moves in steps (as a hand does) and lets go over `point`. */
async function dragTo(page: Page, handle: Locator, point: { x: number; y: number }) {
  const from = (await handle.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2 + 10, { steps: 4 });
  await page.mouse.move(point.x, point.y, { steps: 20 });
  await page.mouse.up();
}

/** A point `fraction` of the way down a row, across its middle. */
async function pointIn(row: Locator, fraction: number) {
  const box = (await row.boundingBox())!;
  return { x: box.x + box.width / 2, y: box.y + box.height * fraction };
}

/**
 * An edition of 14 March 2026: Алфа, Бета, Гама in the lead; Делта, Епсилон, Зета in the
 * section "Свят"; Омега only in the window. Returns the edition's id.
 */
async function seedBoard(serverUrl: string): Promise<number> {
  const api = apiClient(serverUrl);
  const names = ['Алфа', 'Бета', 'Гама', 'Делта', 'Епсилон', 'Зета', 'Омега'];
  const report = await api('stories.import', {
    files: names.map((name, index) => wireStory(`s${index}`, name, index)),
  });
  const idOf = new Map(report.imported.map((story) => [story.headline, story.id]));
  let digest = await api('digests.create', {
    date: '2026-03-14',
    title: 'Влачене',
    // The window (24 hours to the close, Sofia time) holds the stories' 05:00–05:06 UTC.
    closeTime: '12:00',
    fromPrevious: false,
  });
  digest = await api('digests.addSection', { digestId: digest.id, name: 'Свят' });
  const world = digest.sections[0]!.id;
  await api('digests.addStory', {
    digestId: digest.id,
    storyIds: ['Алфа', 'Бета', 'Гама'].map((name) => idOf.get(name)!),
    sectionId: null,
  });
  await api('digests.addStory', {
    digestId: digest.id,
    storyIds: ['Делта', 'Епсилон', 'Зета'].map((name) => idOf.get(name)!),
    sectionId: world,
  });

  return digest.id;
}

/** That edition's board, open and showing the section's three stories. */
async function openBoard(page: Page, serverUrl: string): Promise<void> {
  const digestId = await seedBoard(serverUrl);
  await page.goto(`${serverUrl}#/digest/${digestId}/view/board`);
  await expect(page.getByTestId('section').getByTestId('board-item')).toHaveCount(3);
}

test('items and window stories are dragged by mouse into the middle of another section, and stay there; the section is deleted', async ({
  page,
  edition,
}) => {
  await openBoard(page, edition.url);
  const lead = page.getByTestId('lead');
  const section = page.getByTestId('section');

  // An item of the lead, carried down into the section and let go over its second row: as in
  // any sortable list, the rows it passes make way upwards, so it lands below that row.
  await dragTo(
    page,
    lead.getByTestId('board-item').nth(1).getByTestId('item-drag-handle'),
    await pointIn(section.getByTestId('board-item').nth(1), 0.5),
  );
  const afterItemDrag = [
    ['Алфа', 'Гама'],
    ['Делта', 'Епсилон', 'Бета', 'Зета'],
  ];
  await expect.poll(() => boardGroups(page)).toEqual(afterItemDrag);

  // A story from the window lands before or after the row it is let go over, by which half of
  // the row: here the upper half of the section's first row.
  const windowStory = page.getByTestId('window-item').filter({ hasText: 'Омега' });
  await dragTo(page, windowStory, await pointIn(section.getByTestId('board-item').nth(0), 0.25));
  const afterStoryDrag = [
    ['Алфа', 'Гама'],
    ['Омега', 'Делта', 'Епсилон', 'Бета', 'Зета'],
  ];
  await expect.poll(() => boardGroups(page)).toEqual(afterStoryDrag);

  // Saved as shown: a fresh load of the edition has the same order.
  await page.reload();
  await expect(section.getByTestId('board-item')).toHaveCount(5);
  expect(await boardGroups(page)).toEqual(afterStoryDrag);

  // Deleting the section asks first, with the keyboard on Cancel; backing out returns to
  // Delete. Confirmed, its stories join the lead, in their order.
  await section.getByTestId('section-delete').focus();
  await page.keyboard.press('Enter');
  await expect(section.getByTestId('section-delete-cancel')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(section.getByTestId('section-delete')).toBeFocused();
  await page.keyboard.press('Enter');
  await section.getByTestId('section-delete-confirm').click();
  await expect(section).toHaveCount(0);
  await expect
    .poll(() => boardGroups(page))
    .toEqual([['Алфа', 'Гама', 'Омега', 'Делта', 'Епсилон', 'Бета', 'Зета']]);

  // Back to the inbox and editor: the edition's pane, hidden under the board all along (its
  // updates wait while it is), shows the edition as the board left it.
  await page.getByTestId('edition-close').click();
  await expect(page.getByTestId('digest-item')).toHaveText(
    ['Алфа', 'Гама', 'Омега', 'Делта', 'Епсилон', 'Бета', 'Зета'].map((name) => new RegExp(name)),
  );
});

test('an item is moved from the keyboard alone, within its list and into the next section, and each move is announced', async ({
  page,
  edition,
}) => {
  await openBoard(page, edition.url);
  const lead = page.getByTestId('lead');
  // dnd-kit's live region: what a screen reader hears after each key.
  const spoken = page.locator('[role="status"][aria-live="assertive"]');
  const press = async (key: string, heard: string) => {
    await page.keyboard.press(key);
    await expect(spoken).toContainText(heard);
  };

  // Space picks Алфа up, ↓ carries it below Бета, Space puts it down.
  await lead.getByTestId('board-item').nth(0).getByTestId('item-drag-handle').focus();
  await press('Space', '“Алфа” is at position 1 of 3 in Lead');
  await press('ArrowDown', '“Алфа” is at position 2 of 3 in Lead');
  await press('Space', 'Dropped “Алфа” at position 2 of 3 in Lead');
  await expect
    .poll(() => boardGroups(page))
    .toEqual([
      ['Бета', 'Алфа', 'Гама'],
      ['Делта', 'Епсилон', 'Зета'],
    ]);

  // Past the end of the lead, into the section: the landing line shows where, Space lands it.
  await lead.getByTestId('board-item').nth(2).getByTestId('item-drag-handle').focus();
  await press('Space', '“Гама” is at position 3 of 3 in Lead');
  await press('ArrowDown', '“Гама” is at position 1 of 4 in Свят');
  await press('ArrowDown', '“Гама” is at position 2 of 4 in Свят');
  await press('Space', 'Dropped “Гама” at position 2 of 4 in Свят');
  await expect
    .poll(() => boardGroups(page))
    .toEqual([
      ['Бета', 'Алфа'],
      ['Делта', 'Гама', 'Епсилон', 'Зета'],
    ]);
  // And the keyboard stays on the story it moved.
  const focusedRow = await page.evaluate(
    `document.activeElement?.closest('[data-testid="board-item"]')?.querySelector('textarea')?.value`,
  );
  expect(focusedRow).toBe('Гама');

  // Up out of the section into the lead: the drop is announced where it lands.
  const world = page.getByTestId('section');
  await world.getByTestId('board-item').nth(3).getByTestId('item-drag-handle').focus();
  await press('Space', '“Зета” is at position 4 of 4 in Свят');
  for (const heard of ['3 of 4 in Свят', '2 of 4 in Свят', '1 of 4 in Свят'])
    await press('ArrowUp', `“Зета” is at position ${heard}`);
  await page.keyboard.press('ArrowUp');
  await expect(spoken).toContainText(/“Зета” is at position \d of 3 in Lead/);
  const over = /position (\d) of 3 in Lead/.exec((await spoken.textContent()) ?? '')!;
  await press('Space', `Dropped “Зета” at position ${over[1]} of 3 in Lead`);
  await expect
    .poll(async () => (await boardGroups(page))[0]!.indexOf('Зета') + 1)
    .toBe(Number(over[1]));
});

test('Escape takes back a row headline edited and already saved on the way', async ({
  page,
  edition,
}) => {
  await openBoard(page, edition.url);
  const field = page.getByTestId('board-item').first().getByTestId('item-headline-override');
  await expect(field).toHaveValue('Алфа');
  const savedOnTheWay = page.waitForResponse((response) =>
    response.url().includes('/api/digests.updateItem'),
  );
  await field.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' — обновено');
  await savedOnTheWay; // the autosave, while the field still has focus
  const takenBack = page.waitForResponse((response) =>
    response.url().includes('/api/digests.updateItem'),
  );
  await page.keyboard.press('Escape');
  await expect(field).toHaveValue('Алфа');
  await takenBack;
  await page.reload();
  await expect(
    page.getByTestId('board-item').first().getByTestId('item-headline-override'),
  ).toHaveValue('Алфа');
});
