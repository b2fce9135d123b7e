/**
 * A child process for the crash harness: an editor typing into one story, saved by the
 * renderer's own StorySaver through the same dispatch the IPC handler calls. It logs, on
 * stdout, `ready <ms>` when typing starts, `c <count> <ms>` per keystroke and
 * `s <started> <ended> <revision>` per save; the parent SIGKILLs it at a random moment.
 *
 * Usage: node --import tsx crash-edit-child.ts <db> <seed>   (TSX_TSCONFIG_PATH=tsconfig.web.json,
 * for the renderer's path aliases)
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LexicalStateJson } from '../../shared/model';
import { createContext } from '../handlers/context';
import type { RequestOf, ResponseOf } from '../../shared/api';
import { callHandler as call } from '../handlers/dispatch';
import { bodyFromBlocks } from '../lexical/body';
import { openStore } from '../store/db';
import { plainInlines } from '../wire/blocks';
import { seededRandom } from './crash-harness';
import {
  bodyTextAfter,
  EDIT_BASE_TEXT,
  EDIT_HEADLINE,
  KEYSTROKE_MIN_MS,
  KEYSTROKE_SPREAD_MS,
} from './typing';

type SaveRequest = RequestOf<'stories.save'>;
type SaveAnswer = ResponseOf<'stories.save'>;

/**
 * The part of the renderer's storySaver.ts used here. It is loaded by a computed path because
 * the main process's TypeScript project may not include renderer files; the shape is checked
 * where it is defined (tsconfig.web.json) and used as the app uses it (useStorySaver.ts).
 */
interface SaverModule {
  AUTOSAVE_MAX_WAIT_MS: number;
  StorySaver: new (options: {
    id: number;
    revision: number;
    save: (req: SaveRequest) => Promise<SaveAnswer>;
    session?: string;
  }) => { bodyChanged: (read: () => LexicalStateJson) => void };
}

const SAVER_MODULE = join(
  __dirname,
  '..',
  '..',
  'renderer',
  'src',
  'features',
  'editor',
  'storySaver.ts',
);

/** Pipes are written synchronously on Linux: a logged line survives the SIGKILL that follows. */
const log = (line: string): void => void process.stdout.write(`${line}\n`);

async function main(): Promise<void> {
  const [db, seedArg] = process.argv.slice(2);
  if (!db || !seedArg) throw new Error('usage: crash-edit-child.ts <db> <seed>');
  const ctx = createContext(openStore(db));
  const report = await call(ctx, 'stories.importText', {
    text: `${EDIT_HEADLINE}\n\n${EDIT_BASE_TEXT}`,
    name: 'crash-edit.txt',
  });
  const story = report.imported[0];
  if (!story) throw new Error(`the story to edit was not imported: ${JSON.stringify(report)}`);
  const { StorySaver, AUTOSAVE_MAX_WAIT_MS } = (await import(
    pathToFileURL(SAVER_MODULE).href
  )) as SaverModule;
  const saver = new StorySaver({
    id: story.id,
    revision: 1,
    // As the app's editor: its saves fold into a revision per five minutes, so the kill can
    // land in the middle of replacing one.
    session: 'crash-edit-child',
    save: async (req) => {
      const started = Date.now();
      const answer = await call(ctx, 'stories.save', req);
      log(`s ${started} ${Date.now()} ${answer.revision}`);
      return answer;
    },
  });

  const random = seededRandom(Number(seedArg));
  let typed = 0;
  const keystroke = (): void => {
    typed += 1;
    const text = bodyTextAfter(typed);
    log(`c ${typed} ${Date.now()}`);
    // Serialised only when a save starts, as the editor's state is.
    saver.bodyChanged(
      () => bodyFromBlocks([{ kind: 'paragraph', inlines: plainInlines(text) }]).body,
    );
    setTimeout(keystroke, KEYSTROKE_MIN_MS + random() * KEYSTROKE_SPREAD_MS);
  };
  log(`maxwait ${AUTOSAVE_MAX_WAIT_MS}`);
  log(`ready ${Date.now()}`);
  setTimeout(keystroke, KEYSTROKE_MIN_MS + random() * KEYSTROKE_SPREAD_MS);
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exit(1);
});
