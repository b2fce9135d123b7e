import { execFileSync } from 'node:child_process';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import type { ImportReport } from '../src/shared/model';
import { test, expect } from './support/fixtures';
import { REPO } from './support/server';
import { withMarkedQuote } from '../src/main/security/__fixtures__/xss-bodies';
import { MainScreen } from './models/main-screen';
import { apiClient } from './support/xss-api';
import { writeCorpusFolder } from './support/xss-files';
import { installSentinel } from './support/xss-sentinel';

/**
 * Issue 6 in the browser: the hostile-input corpus imported through the CLI into the served
 * database, typed into annotations and an edition through the API, then shown everywhere an
 * editor looks — inbox, editor, wire details, annotation notes, edition board, previews. The
 * fixtures fail the test on any dialog or foreign request; the sentinel catches payload code
 * that runs quietly; CSP refusals are counted as blocked attempts.
 */

/** Stories opened in the editor: every fifth payload, which turns through all 14 formats. */
const EDITOR_SAMPLE = 5;
/** Stories put in the edition the previews render. */
const EDITION_SIZE = 40;

const idOf = (card: string) => /XSS (\S+)/.exec(card)?.[1] ?? null;

/**
 * The inbox is paged and virtualised: scroll it to the end, noting every card that was drawn,
 * and open each wanted story in the editor as its card comes into view — its wire details, and
 * its claim in the annotation panel with the note.
 */
async function sweepInbox(
  page: Page,
  wanted: Set<string>,
): Promise<{ listed: Set<string>; opened: number; notes: number }> {
  const listed = new Set<string>();
  const tried = new Set<string>();
  let opened = 0;
  let notes = 0;
  const scroller = page.getByTestId('story-scroller');
  let idle = 0;
  while (idle < 6) {
    const before = listed.size;
    // Read the drawn cards in one go: scrolling unmounts them, so a per-card read could wait on
    // a card that is gone.
    const drawn = (await page.getByTestId('story-card').allInnerTexts()).map(idOf);
    for (const id of drawn) {
      if (!id) continue;
      listed.add(id);
      if (!wanted.has(id) || tried.has(id)) continue;
      tried.add(id);
      const shown = await openStory(page, id, opened === 0);
      if (shown === null) continue;
      opened += 1;
      notes += shown;
    }
    const moved = await scroller.evaluate((element) => {
      const top = element.scrollTop;
      element.scrollTop = top + element.clientHeight * 0.7;
      return element.scrollTop !== top;
    });
    // At the end of what is loaded, the next page arrives after a request.
    idle = moved || listed.size > before ? 0 : idle + 1;
    await page.waitForTimeout(moved ? 50 : 300);
  }
  return { listed, opened, notes };
}

/**
 * Opens a story with its wire details and annotation panel; answers how many notes the panel
 * shows, or null when the card could not be clicked (opening the last story saved it, and the
 * list may have moved under the sweep).
 */
async function openStory(page: Page, id: string, first: boolean): Promise<number | null> {
  const card = page.getByTestId('story-card').filter({ hasText: new RegExp(`XSS ${id}(\\s|$)`) });
  try {
    await card.first().click({ timeout: 2_000 });
  } catch {
    return null;
  }
  await expect(page.getByTestId('headline-input')).toHaveValue(new RegExp(`XSS ${id}`));
  if (first) {
    await page.getByTestId('wire-details').locator('summary').click();
    await page.getByTestId('annotations-tab').click();
  }
  // The claim is listed (marked in the text, or orphaned where the importer dropped the
  // payload); opening its item shows the note.
  const panel = page.getByRole('region', { name: 'Annotations' });
  const item = panel.getByTestId('annotation-item').or(panel.getByTestId('orphaned-item'));
  await expect(item.first()).toBeVisible();
  for (const toggle of await panel.locator('[aria-expanded="false"]').all())
    await toggle.click({ timeout: 1_000 }).catch(() => undefined);
  const notes = panel.locator('.annotation-note');
  await expect(notes.first())
    .toBeVisible({ timeout: 2_000 })
    .catch(() => undefined); // an orphaned claim may list no notes
  return notes.count();
}

test('no payload of the hostile-input corpus runs in the app', async ({ page, edition }) => {
  test.setTimeout(120_000);
  const { folder, files } = writeCorpusFolder(edition.folder);
  const report = JSON.parse(
    execFileSync(process.execPath, edition.cliArgs(['import', folder, '--json']), {
      cwd: REPO,
      env: { ...process.env, EDITION_DB: '' },
      encoding: 'utf8',
    }),
  ) as ImportReport;
  const stories = report.imported.map((entry) => ({
    id: entry.id,
    payload: files.get(basename(entry.file))!,
  }));
  expect(stories.length + report.failed.length).toBe(files.size);

  const api = apiClient(edition.url);
  for (const { id, payload } of stories) {
    const text = payload.payload.slice(0, 300);
    await api('annotations.create', {
      id: `claim-${id}`,
      storyId: id,
      type: 'claim',
      // Verified, not false: a claim marked false blocks the export, and the previews with it.
      status: 'verified',
      speaker: text,
      sourceName: text,
      sourceUrl: `https://source.example/?q=${encodeURIComponent(text)}`,
      quote: payload.payload,
    });
    await api('annotations.addNote', { id: `claim-${id}`, text: payload.payload });
    // Marked in the text as the editor would, so the panel lists it with its note (an unmarked
    // claim is listed as orphaned, without notes).
    const story = await api('stories.get', { id });
    await api('stories.save', {
      id,
      body: withMarkedQuote(story.body, `claim-${id}`, payload.payload),
      baseRevision: story.revision,
    });
  }
  const lead = stories[0]!.payload.payload;
  const digest = await api('digests.create', {
    date: '2026-03-14',
    title: lead.slice(0, 300),
    fromPrevious: false,
  });
  await api('digests.update', { id: digest.id, subject: lead, preheader: lead, signoff: lead });
  const section = await api('digests.addSection', {
    digestId: digest.id,
    name: lead.slice(0, 120),
  });
  const filled = await api('digests.addStory', {
    digestId: digest.id,
    storyIds: stories.slice(0, EDITION_SIZE).map((story) => story.id),
    sectionId: section.sections[0]!.id,
  });
  for (const [index, item] of filled.items.entries()) {
    const text = stories[index]!.payload.payload;
    await api('digests.updateItem', {
      digestId: digest.id,
      itemId: item.id,
      ...(index % 2 === 0 ? { headlineOverride: text } : { summaryOverride: text }),
    });
  }

  const sentinel = await installSentinel(page);
  await new MainScreen(page).open(edition.url);
  const wanted = new Set(
    stories.filter((_, index) => index % EDITOR_SAMPLE === 0).map((s) => s.payload.id),
  );
  const { listed, opened, notes } = await sweepInbox(page, wanted);
  // The inbox: every imported payload rendered on a card at least once.
  expect(stories.filter((story) => !listed.has(story.payload.id))).toEqual([]);
  // A card the list moved away mid-sweep is skipped; nearly all of the sample must open.
  expect(opened).toBeGreaterThanOrEqual(Math.floor(wanted.size * 0.8));
  expect(notes).toBeGreaterThanOrEqual(Math.floor(opened * 0.8));

  // The edition board and its previews, in their sandboxed frames.
  await page.getByTestId('drawer-tab-digest').click();
  await page.getByTestId('digest-select').selectOption(String(digest.id));
  await page.getByTestId('open-edition-board').click();
  await expect(page.getByTestId('edition-board')).toBeVisible();
  await page.getByTestId('preview-open-bar').click();
  await expect(page.getByTestId('preview-dialog')).toBeVisible();
  // Email last: its two frames (desktop, mobile) stay open for the sentinel to inspect.
  for (const mode of ['text', 'web', 'email'] as const) {
    await page.getByTestId(`preview-mode-${mode}`).click();
    const shown = mode === 'text' ? 'preview-text' : `preview-${mode}`;
    await expect(page.getByTestId(shown).first()).toBeVisible();
  }
  await page.waitForTimeout(500); // let the frames load what they would load

  const counts = await sentinel();
  console.log(
    JSON.stringify({
      xssE2e: {
        payloads: files.size,
        imported: stories.length,
        refused: report.failed.length,
        inboxCards: listed.size,
        openedInEditor: opened,
        notesShown: notes,
        editionItems: filled.items.length,
        framesInspected: counts.frames,
        blockedByCsp: counts.cspEvents.length + counts.cspConsole.length,
        fired: counts.fired + counts.framesFired,
      },
    }),
  );
  expect(counts.fired, 'payload code ran in the app window').toBe(0);
  expect(counts.framesFired, 'payload code ran in a frame').toBe(0);
});
