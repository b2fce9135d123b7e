import { existsSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers';
import { edition } from './test/run-edition';

describe('edition CLI, when asked wrong', () => {
  const folder = tempFolder();
  const db = join(folder.path, 'cli.db');
  afterAll(() => folder.cleanup());

  it('prints the usage on stdout when asked, and on stderr (exit 1) without a command', async () => {
    const asked = await edition(['help']);
    expect(asked.code).toBe(0);
    expect(asked.stdout).toMatch(/^Usage: edition <command>/m);
    const bare = await edition([]);
    expect(bare.code).toBe(1);
    expect(bare.stdout).toBe('');
    expect(bare.stderr).toMatch(/^Usage: edition <command>/m);
  }, 30_000);

  it("prints its version, and one command's usage when asked about it", async () => {
    const version = await edition(['--version']);
    expect(version.stdout).toBe(
      `${JSON.parse(readFileSync(join(__dirname, '../../../package.json'), 'utf8')).version}\n`,
    );
    for (const args of [
      ['help', 'export'],
      ['export', '--help'],
    ]) {
      const help = await edition(args);
      expect(help.code).toBe(0);
      expect(help.stdout).toMatch(/^Usage: edition export …\n\n {2}export <digest-id> --format/);
      expect(help.stdout).not.toMatch(/^ {2}import /m);
    }
  }, 30_000);

  it('names a mistyped store path instead of making an empty store there', async () => {
    const typo = join(folder.path, 'typo', 'sub', 'editon.db');
    for (const args of [['stories', '--json'], ['digest', 'list'], ['check', '1'], ['backup']]) {
      const run = await edition([...args, '--db', typo]);
      expect(run.code, args.join(' ')).toBe(1);
      expect(run.stderr).toContain(`There is no Edition store at ${typo}`);
    }
    expect(existsSync(join(folder.path, 'typo'))).toBe(false);
    // The backups beside a missing store are listed all the same: that is when they are wanted.
    const listed = await edition(['backup', 'list', '--db', typo]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain(`No backups yet beside ${typo}`);
    // An unknown command says so, and makes nothing either.
    const unknown = await edition(['lsit', '--db', typo]);
    expect(unknown.stderr.trim()).toBe('edition: unknown command "lsit"; run "edition help"');
    expect(existsSync(join(folder.path, 'typo'))).toBe(false);
    // A command that begins a store does.
    expect((await edition(['digest', 'create', '--date', '2026-03-14', '--db', typo])).code).toBe(
      0,
    );
    expect((await edition(['digest', 'list', '--db', typo])).code).toBe(0);
  }, 30_000);

  it('says on stderr why it exits 1 when nothing was imported or the checks block', async () => {
    const own = join(folder.path, 'exit-one.db');
    const empty = join(folder.path, 'empty.txt');
    writeFileSync(empty, '');
    const nothing = await edition(['import', empty, '--db', own, '--json']);
    expect(nothing.code).toBe(1);
    expect(JSON.parse(nothing.stdout).failed).toHaveLength(1);
    expect(nothing.stderr).toBe(
      'edition: nothing imported: 1 file failed (each named in the report)\n',
    );
    await edition(['digest', 'create', '--date', '2026-03-14', '--db', own]);
    const blocked = await edition(['check', '1', '--db', own]);
    expect(blocked.code).toBe(1);
    expect(blocked.stderr).toMatch(
      /^edition: \d+ serious findings? blocks? the export until fixed or overridden\n$/,
    );
  }, 30_000);

  it('refuses to watch a folder another Edition watches, with a code a script can act on', async () => {
    const drop = join(folder.path, 'drop-watched');
    mkdirSync(drop);
    // The test runner's parent stands for the other, live Edition.
    writeFileSync(join(drop, '.edition-watching'), JSON.stringify({ pid: process.ppid }));
    const refused = await edition(['watch', drop, '--json', '--db', db]);
    expect(refused.code).toBe(1);
    expect(JSON.parse(refused.stdout).error.code).toBe('conflict');
    expect(refused.stderr).toMatch(/already watched by another Edition .*\[conflict\]\n$/);
  }, 30_000);

  it('lists a feed never polled as such, not as "ok, 0 new"', async () => {
    const own = join(folder.path, 'feeds.db');
    await edition(['feeds', 'add', 'https://example.org/rss', '--db', own]);
    const list = await edition(['feeds', 'list', '--db', own]);
    expect(list.stdout).toMatch(
      /https:\/\/example\.org\/rss\tevery \d+ min\tnext .*\tnot polled yet\n/,
    );
  }, 30_000);

  it('fails clearly on bad arguments, naming what is wrong', async () => {
    await edition(['digest', 'create', '--date', '2026-03-14', '--db', db]); // the store to ask
    const badId = await edition(['show', 'abc', '--db', db]);
    expect(badId.code).toBe(1);
    expect(badId.stderr).toMatch(/story id must be a positive whole number, not "abc"/);
    const missing = await edition(['show', '999', '--db', db]);
    expect(missing.stderr).toMatch(/There is no story 999/);
    expect(missing.stdout).toBe('');
    // With --json the failure is data on stdout too, for scripts.
    const asData = await edition(['show', '999', '--json', '--db', db]);
    expect(asData.code).toBe(1);
    expect(JSON.parse(asData.stdout)).toEqual({
      error: { code: 'not_found', message: expect.stringMatching(/There is no story 999/) },
    });
    const unparsed = await edition(['stories', '--bogus', '--json', '--db', db]);
    expect(JSON.parse(unparsed.stdout)).toEqual({
      error: { code: null, message: 'unknown option --bogus; run "edition help"' },
    });
    const format = await edition(['export', '1', '--format', 'pdf', '--db', db]);
    expect(format.stderr).toMatch(/unknown --format "pdf"/);
    const option = await edition(['stories', '--bogus', '--db', db]);
    expect(option.stderr.trim()).toBe('edition: unknown option --bogus; run "edition help"');
    const negative = await edition(['stories', '--limit', '-5', '--db', db]);
    expect(negative.stderr).toMatch(
      /--limit needs a value; for one that starts with "-", write --limit=<value>/,
    );
    const misplaced = await edition(['import', 'x.txt', '--date', '2026-03-14', '--db', db]);
    expect(misplaced.code).toBe(1);
    expect(misplaced.stderr.trim()).toBe(
      'edition: import takes no --date; run "edition help import"',
    );
    const verbless = await edition(['digest', '--db', db]);
    expect(verbless.stderr).toMatch(/digest: name a sub-command \(create, set, add, list, show\)/);
    const port = await edition(['serve', '--port', '99999', '--db', db]);
    expect(port.code).toBe(1);
    expect(port.stderr).toMatch(/--port must be at most 65535, not "99999"/);
  }, 30_000);

  it('refuses an argument past those a command or sub-command takes, and help for no command', async () => {
    const extra = await edition(['show', '1', '2', '--db', db]);
    expect(extra.code).toBe(1);
    expect(extra.stderr.trim()).toBe(
      'edition: show takes one argument; "2" is one too many; run "edition help show"',
    );
    const listed = await edition(['stories', 'all', '--db', db]);
    expect(listed.stderr.trim()).toBe(
      'edition: stories takes no argument; "all" is one too many; run "edition help stories"',
    );
    const subExtra = await edition(['feeds', 'remove', '3', '4', '--db', db]);
    expect(subExtra.stderr.trim()).toBe(
      'edition: feeds remove takes one argument; "4" is one too many; run "edition help feeds"',
    );
    const showExtra = await edition(['digest', 'show', '1', '2', '--db', db]);
    expect(showExtra.stderr.trim()).toBe(
      'edition: digest show takes one argument; "2" is one too many; run "edition help digest"',
    );
    expect((await edition(['help', 'help'])).code).toBe(0);
    const helpless = await edition(['help', 'nosuch']);
    expect(helpless.code).toBe(1);
    expect(helpless.stderr.trim()).toBe('edition: unknown command "nosuch"; run "edition help"');
  }, 30_000);

  it('says plainly why an export cannot be written', async () => {
    const own = join(folder.path, 'export-errors.db');
    await edition(['digest', 'create', '--date', '2026-03-14', '--db', own]);
    const exporting = (to: string) =>
      edition(['export', '1', '--out', to, '--override', 'test', '--db', own]);
    const noFolder = join(folder.path, 'no-such-folder', 'digest.html');
    const toMissing = await exporting(noFolder);
    expect(toMissing.code).toBe(1);
    expect(toMissing.stderr).toMatch(
      `edition: export: cannot write ${noFolder}: the folder ${join(folder.path, 'no-such-folder')} does not exist\n`,
    );
    const toFolder = await exporting(folder.path);
    expect(toFolder.code).toBe(1);
    expect(toFolder.stderr).toMatch(
      `edition: export: cannot write ${folder.path}: it is a folder; name a file in it\n`,
    );
    // Over the store itself (a script's --out "$EDITION_DB"), by another name for it (a link),
    // or over its log: refused, and the store still opens with its edition.
    const link = join(folder.path, 'link-to-store.db');
    symlinkSync(own, link);
    for (const target of [own, link, `${own}-wal`]) {
      const overStore = await exporting(target);
      expect(overStore.code).toBe(1);
      expect(overStore.stderr).toBe(
        `edition: export: cannot write ${target}: it is the store Edition is working in (${own}); name another file\n`,
      );
    }
    expect((await edition(['digest', 'list', '--json', '--db', own])).code).toBe(0);
    // An export that wrote nothing overrode nothing: no override is on record for it.
    const overrides = () => {
      const store = new Database(own, { readonly: true });
      const count = store.prepare('SELECT count(*) FROM export_overrides').pluck().get();
      store.close();
      return count;
    };
    expect(overrides()).toBe(0);
    const written = join(folder.path, 'edition.html');
    expect((await exporting(written)).code).toBe(0);
    expect(readFileSync(written, 'utf8')).toMatch(/<html/);
    expect(overrides()).toBe(1);
  }, 30_000);
});
