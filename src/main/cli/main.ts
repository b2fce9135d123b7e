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
import { openSession, type CliSession } from './context';
import { createOutput, type Output } from './output';
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
  if (!Object.hasOwn(COMMANDS, command))
    throw new Error(`unknown command "${command}"; run "edition help"`);
  const spec = COMMANDS[command]!;
  assertOwnOptions(command, spec.options, values);
  if (spec.most !== undefined) assertMostArguments(command, args, spec.most);
  const out = createOutput(values.json);
  if (!spec.run) return spec.withoutStore(out, args, values);
  const done = spec.withoutStore?.(out, args, values);
  if (done !== undefined && done !== null) return done;
  const session = openSession(values.db, {
    checkIntegrity: spec.checksIntegrity ?? false,
    mustExist: !(spec.createsStore?.(args) ?? false),
  });
  try {
    return await spec.run(session, out, args, values);
  } finally {
    session.close();
  }
}

type Values = ReturnType<typeof parseCommandLine>['values'];
type OptionName = keyof typeof OPTIONS;

/** What the command line knows of a command: the one table its checks and its running read. */
type CommandSpec = CommandChecks &
  (
    | {
        /** Work done without opening the store, and its exit status; null to go on and open it. */
        withoutStore?: (out: Output, args: string[], values: Values) => number | null;
        run: (session: CliSession, out: Output, args: string[], values: Values) => Promise<number>;
      }
    | {
        /** A command that never opens the store (restore: it may be the damaged file replaced). */
        withoutStore: (out: Output, args: string[], values: Values) => number;
        run?: undefined;
      }
  );

interface CommandChecks {
  /** Options it reads, beyond those of every command (--db, --json, --help). */
  options: readonly OptionName[];
  /**
   * Arguments it takes at most (see assertMostArguments); absent where it judges its own:
   * sub-commands (`digest`, `feeds`, `backup`) and lists of files (`import`).
   */
  most?: number;
  /**
   * Whether it begins a store where there is none. The others read or change what is there: a
   * mistyped --db or EDITION_DB for them is an error naming the path, not an empty store made
   * there (a script listing it would read "no stories" and exit 0).
   */
  createsStore?: (args: string[]) => boolean;
  /** The store's integrity checked as it opens (a server runs on it for hours). */
  checksIntegrity?: boolean;
}

const COMMANDS: Record<string, CommandSpec> = {
  import: {
    options: [],
    createsStore: () => true,
    run: (session, out, args) => importCommand(session, out, args),
  },
  stories: {
    options: ['search', 'limit', 'after', 'all'],
    most: 0,
    run: (session, out, _args, values) => storiesCommand(session, out, values),
  },
  show: {
    options: ['format'],
    most: 1,
    run: (session, out, args, values) => showCommand(session, out, args[0], values),
  },
  quotes: {
    options: [],
    most: 1,
    run: (session, out, args) => quotesCommand(session, out, args[0]),
  },
  digest: {
    options: ['date', 'title', 'subject', 'preheader', 'intro', 'signoff', 'section'],
    createsStore: (args) => args[0] === 'create',
    run: (session, out, args, values) => digestCommand(session, out, args, values),
  },
  check: {
    options: ['links'],
    most: 1,
    run: (session, out, args, values) =>
      checkCommand(session, out, args[0], { links: values.links }),
  },
  export: {
    options: ['format', 'out', 'override'],
    most: 1,
    run: (session, out, args, values) => exportCommand(session, out, args[0], values),
  },
  serve: {
    options: ['port', 'host'],
    most: 0,
    createsStore: () => true,
    checksIntegrity: true,
    run: (session, out, _args, values) => serveCommand(session, out, values),
  },
  watch: {
    options: [],
    most: 1,
    createsStore: () => true,
    run: (session, out, args) => watchCommand(session, out, args[0]),
  },
  feeds: {
    options: ['interval'],
    createsStore: (args) => args[0] === 'add',
    run: (session, out, args, values) => feedsCommand(session, out, args, values),
  },
  backup: {
    options: ['out'],
    // Listing the backups reads the folder beside the store, which may be missing or damaged.
    withoutStore: (out, args, values) => {
      if (args[0] !== 'list') return null;
      assertMostArguments('backup list', args.slice(1), 0);
      if (values.out !== undefined)
        throw new Error('backup list takes no --out; run "edition help backup"');
      return backupListCommand(out, values.db);
    },
    run: (session, out, args, values) => backupCommand(session, out, args, values),
  },
  restore: {
    options: [],
    most: 1,
    // Restoring must not open the store: it may be the damaged file being replaced.
    withoutStore: (out, args, values) => restoreCommand(out, args[0], values.db),
  },
};
const EVERY_COMMAND = new Set(['db', 'json', 'help', 'version']);

/** The commands there are (for the usage's test: every one is explained, and no other). */
export const COMMAND_NAMES: readonly string[] = Object.keys(COMMANDS);

/**
 * An option the command does not read is refused by name: `import … --date x` did nothing, and
 * a script with a misplaced option believed it had been heard.
 */
function assertOwnOptions(
  command: string,
  own: readonly string[],
  values: Record<string, unknown>,
): void {
  for (const [name, value] of Object.entries(values)) {
    if (EVERY_COMMAND.has(name) || own.includes(name) || value === undefined || value === false)
      continue;
    throw new Error(`${command} takes no --${name}; run "edition help ${command}"`);
  }
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
