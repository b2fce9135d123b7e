import { execFileSync } from 'node:child_process';
import { test, expect } from './support/fixtures';
import type { ServedEdition } from './support/server';
import { MainScreen } from './models/main-screen';
import { writeNinjsVersion } from './support/ninjs';

/** The `edition` command line on the served store, as cron or a producer's script runs it. */
function cli(edition: ServedEdition, args: string[]): string {
  return execFileSync(process.execPath, edition.cliArgs(args), { encoding: 'utf8' });
}

const QUAKE = { uri: 'urn:e2e:elsewhere:quake', name: 'quake', headline: 'Земетресение в София' };

function quake(edition: ServedEdition, version: number, body: string): string {
  return writeNinjsVersion(edition.folder, QUAKE, version, body);
}

/**
 * The window stays open and focused while another process writes to its store: what the
 * command line brings shows up without a reload — new stories, a wire update of the open story,
 * an edition made and a story added to it.
 */
test('what the command line changes in the store shows up in the open window', async ({
  page,
  edition,
}) => {
  const screen = await new MainScreen(page).open(edition.url);
  cli(edition, ['import', quake(edition, 1, 'Магнитуд 4,1 по Рихтер.')]);
  const editor = await screen.openStory('Земетресение в София');
  await expect(editor.body).toContainText('4,1');

  cli(edition, ['import', quake(edition, 2, 'Магнитуд 4,5 по Рихтер. Има щети.')]);
  await expect(page.getByTestId('banner-stale')).toBeVisible();

  const made = JSON.parse(
    cli(edition, ['digest', 'create', '--date', '2026-03-14', '--title', 'Сутрешен', '--json']),
  ) as { id: number };
  await page.goto(`${edition.url}#/digest/${made.id}/view/board`);
  await expect(page.getByTestId('board-item')).toHaveCount(0);
  cli(edition, ['digest', 'add', String(made.id), '1']);
  await expect(page.getByTestId('board-item')).toHaveCount(1);
  await expect(page.getByTestId('board-item')).toContainText('Земетресение в София');

  cli(edition, ['digest', 'create', '--date', '2026-03-15', '--title', 'Вечерен']);
  await expect(
    page.getByTestId('edition-select').locator('option', { hasText: 'Вечерен' }),
  ).toHaveCount(1);
});
