import { parseArgs } from 'node:util';
import { AppError } from '../../shared/errors';
import { backupCommand, backupListCommand, restoreCommand } from './commands/backup';
import { checkCommand } from './commands/check';
import { digestCommand } from './commands/digest';
import { exportCommand } from './commands/export';
import { feedsCommand } from './commands/feeds';
import { importCommand } from './commands/import';
import { quotesCommand } from './commands/quotes';
import { serveCommand } from './commands/serve';
import { showCommand, storiesCommand } from './commands/stories';
import { watchCommand } from './commands/watch';
import { assertMostArguments } from './arguments';
import { openSession } from './context';
import { createOutput } from './output';
import { version } from '../../../package.json';
import { USAGE, usageOf } from './usage';

/** The options every command takes (each command reads those it uses). */
const OPTIONS = {
  db: { type: 'string' },
  json: { type: 'boolean', default: false },
  search: { type: 'string' },
  limit: { type: 'string' },
  after: { type: 'string' },
  all: { type: 'boolean', default: false },
  date: { type: 'string' },
  title: { type: 'string' },
  subject: { type: 'string' },
  preheader: { type: 'string' },
  intro: { type: 'string' },
  signoff: { type: 'string' },
  section: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  interval: { type: 'string' },
  override: { type: 'string' },
  links: { type: 'boolean', default: false },
  help: { type: 'boolean', short: 'h', default: false },
  version: { type: 'boolean', default: false },
} as const;

/** The `edition` command. Never imports electron: it runs on plain Node. */
export async function runCli(argv: string[]): Promise<number> {
  const { values, positionals } = parseCommandLine(argv);
  const [command, ...args] = positionals;
  if (values.version) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (!command || values.help || command === 'help') {
    // Asked for, the usage is the answer (stdout); without a command, it says what went wrong
    // (stderr, exit 1), so that a script piping the output gets no usage text as data. Asked
    // about one command ("edition help export", "edition export --help"), that command's lines.
    const asked = Boolean(command || values.help);
    const about = command === 'help' && args[0] !== 'help' ? args[0] : command;
    const usage = about && about !== 'help' ? usageOf(about) : USAGE;
    if (usage === null) throw new Error(`unknown command "${about}"; run "edition help"`);
    (asked ? process.stdout : process.stderr).write(usage);
    return asked ? 0 : 1;
  }
  if (!Object.hasOwn(COMMAND_OPTIONS, command))
    throw new Error(`unknown command "${command}"; run "edition help"`);
  assertOwnOptions(command, values);
  assertArgumentCount(command, args);
  const out = createOutput(values.json);
  // Restoring must not open the store: it may be the damaged file being replaced.
  if (command === 'restore') return restoreCommand(out, args[0], values.db);
  if (command === 'backup' && args[0] === 'list') {
    assertMostArguments('backup list', args.slice(1), 0);
    if (values.out !== undefined)
      throw new Error('backup list takes no --out; run "edition help backup"');
    return backupListCommand(out, values.db);
  }
  const session = openSession(values.db, {
    checkIntegrity: command === 'serve',
    mustExist: !createsStore(command, args),
  });
  try {
    switch (command) {
      case 'import':
        return await importCommand(session, out, args);
      case 'stories':
        return await storiesCommand(session, out, values);
      case 'show':
        return await showCommand(session, out, args[0], values);
      case 'quotes':
        return await quotesCommand(session, out, args[0]);
      case 'digest':
        return await digestCommand(session, out, args, values);
      case 'check':
        return await checkCommand(session, out, args[0], { links: values.links });
      case 'export':
        return await exportCommand(session, out, args[0], values);
      case 'serve':
        return await serveCommand(session, out, values);
      case 'watch':
        return await watchCommand(session, out, args[0]);
      case 'feeds':
        return await feedsCommand(session, out, args, values);
      case 'backup':
        return await backupCommand(session, out, args, values);
      default:
        throw new Error(`unknown command "${command}"; run "edition help"`);
    }
  } finally {
    session.close();
  }
}

/** Options each command reads, beyond those of every command (--db, --json, --help). */
const COMMAND_OPTIONS: Record<string, readonly string[]> = {
  import: [],
  stories: ['search', 'limit', 'after', 'all'],
  show: ['format'],
  quotes: [],
  digest: ['date', 'title', 'subject', 'preheader', 'intro', 'signoff', 'section'],
  check: ['links'],
  export: ['format', 'out', 'override'],
  serve: ['port', 'host'],
  watch: [],
  feeds: ['interval'],
  backup: ['out'],
  restore: [],
};
const EVERY_COMMAND = new Set(['db', 'json', 'help', 'version']);

/**
 * An option the command does not read is refused by name: `import … --date x` did nothing, and
 * a script with a misplaced option believed it had been heard.
 */
function assertOwnOptions(command: string, values: Record<string, unknown>): void {
  const own = COMMAND_OPTIONS[command] ?? [];
  for (const [name, value] of Object.entries(values)) {
    if (EVERY_COMMAND.has(name) || own.includes(name) || value === undefined || value === false)
      continue;
    throw new Error(`${command} takes no --${name}; run "edition help ${command}"`);
  }
}

/**
 * How many arguments each command of fixed arguments takes (see assertMostArguments); `digest`,
 * `feeds` and `backup` count their sub-commands' own, `import` takes any number of files.
 */
const MOST_ARGUMENTS: Record<string, number> = {
  stories: 0,
  serve: 0,
  show: 1,
  quotes: 1,
  check: 1,
  export: 1,
  watch: 1,
  restore: 1,
};

function assertArgumentCount(command: string, args: string[]): void {
  const most = MOST_ARGUMENTS[command];
  if (most !== undefined) assertMostArguments(command, args, most);
}

/**
 * Commands that begin a store where there is none. The others read or change what is there: a
 * mistyped --db or EDITION_DB for them is an error naming the path, not an empty store made
 * there (a script listing it would read "no stories" and exit 0).
 */
function createsStore(command: string, args: string[]): boolean {
  if (command === 'import' || command === 'serve' || command === 'watch') return true;
  if (command === 'digest') return args[0] === 'create';
  if (command === 'feeds') return args[0] === 'add';
  return false;
}

/**
 * A failure, said on stderr; with --json also as data on stdout (`{"error": {"code", "message"}}`,
 * code null where the failure has none), so that a script reads every failure the same way.
 */
function report(error: unknown, json: boolean): number {
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof AppError ? error.code : null;
  process.stderr.write(`edition: ${message}${code ? ` [${code}]` : ''}\n`);
  if (json) process.stdout.write(`${JSON.stringify({ error: { code, message } })}\n`);
  return 1;
}

if (require.main === module || process.env.EDITION_CLI_ENTRY === '1') {
  // The reader of the output went away (`edition stories --all | head`): it has what it wanted.
  // The rest of the output goes nowhere, without a stack trace, and the command finishes as it
  // would have (an import its files, `check` its status for a script's pipefail).
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.stdout.write = (() => true) as typeof process.stdout.write;
  });
  runCli(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    // --json read from the words themselves: the failure may be that they did not parse.
    (error: unknown) => (process.exitCode = report(error, process.argv.includes('--json'))),
  );
}

/**
 * The arguments, or an error that names the option and what to do: node's own words for an
 * unknown option or a value that starts with "-" are long and quote a "--" example wrongly.
 */
function parseCommandLine(argv: string[]) {
  try {
    return parseArgs({ args: argv, allowPositionals: true, options: OPTIONS });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = (error as Error).message;
    const option = /'(-[^' ]*)/.exec(message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new Error(`unknown option ${option}; run "edition help"`, { cause: error });
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new Error(
        /does not take an argument/.test(message)
          ? `${option} takes no value`
          : `${option} needs a value; for one that starts with "-", write ${option}=<value>`,
        { cause: error },
      );
    throw error;
  }
}
