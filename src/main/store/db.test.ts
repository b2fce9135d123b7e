import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/errors';
import { tempFolders } from '../test/helpers';
import { openStore } from './db';
import { migrate } from './migrate';
import { LATEST_VERSION, MIGRATIONS } from './migrations';

const folder = tempFolders();

describe('openStore', () => {
  it('creates a migrated database with WAL and foreign keys on', () => {
    const db = openStore(join(folder(), 'nested', 'edition.db'));
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('makes every table STRICT', () => {
    const db = openStore(':memory:');
    const tables = db
      .prepare(
        "SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'stories_fts%'",
      )
      .all() as { name: string; strict: number }[];
    expect(tables.map((table) => table.name)).toEqual(
      expect.arrayContaining([
        'stories',
        'story_revisions',
        'digests',
        'digest_items',
        'digest_sections',
        'annotations',
        'settings',
      ]),
    );
    expect(tables.every((table) => table.strict === 1)).toBe(true);
    expect(() =>
      db
        .prepare("INSERT INTO digest_items (digest_id, story_id, position) VALUES ('one', 1, 0)")
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });

  it("refuses another program's SQLite database and leaves it as it was", () => {
    const file = join(folder(), 'invoices.db');
    const other = new Database(file);
    other.exec('CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)');
    other.prepare('INSERT INTO invoices (total) VALUES (9.5)').run();
    other.close();
    const before = readFileSync(file);
    expect(() => openStore(file)).toThrow(
      `${file} is not an Edition database: it is another program's SQLite database (tables invoices). It has not been changed; check the --db path or EDITION_DB.`,
    );
    expect(readFileSync(file).equals(before)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
  });

  it('refuses a database from a newer Edition and leaves the file untouched', () => {
    const file = join(folder(), 'future.db');
    const future = new Database(file);
    future.exec('CREATE TABLE t (x INTEGER)');
    future.pragma(`user_version = ${LATEST_VERSION + 5}`);
    future.close();
    const before = readFileSync(file);

    expect(() => openStore(file)).toThrow(/newer Edition/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('names the path when the location is not writable', () => {
    const dir = folder();
    chmodSync(dir, 0o500);
    try {
      // root ignores permission bits; only assert where they apply.
      if (process.getuid?.() === 0) {
        expect(() => openStore(join(dir, 'x', 'y.db'))).not.toThrow();
      } else {
        expect(() => openStore(join(dir, 'x', 'y.db'))).toThrow(
          /Cannot create the folder|not writable/,
        );
      }
    } finally {
      chmodSync(dir, 0o700);
    }
  });

  it('reports a file that is not a database as a store error, without changing it', () => {
    const file = join(folder(), 'not-a-db.db');
    writeFileSync(file, 'this is not SQLite '.repeat(200));
    const before = readFileSync(file);
    expect(() => openStore(file)).toThrow(AppError);
    expect(readFileSync(file).equals(before)).toBe(true);
    // Text is a wrong path, not a damaged store: no backup is offered to restore over it.
    expect(() => openStore(file)).toThrow(
      expect.objectContaining({
        code: 'store_error',
        message: `${file} is not an Edition database: it holds text, not SQLite. It has not been changed; check the --db path or EDITION_DB.`,
      }),
    );
    // Binary debris where a store's first page was is damage.
    const damaged = join(folder(), 'damaged.db');
    writeFileSync(damaged, Buffer.alloc(8192, Buffer.from([0x00, 0x0d, 0xa5, 0x01])));
    expect(() => openStore(damaged)).toThrow(expect.objectContaining({ code: 'store_corrupt' }));
  });
});

describe('migrate', () => {
  it('applies each migration once and is idempotent', () => {
    const db = new Database(':memory:');
    expect(migrate(db)).toBe(LATEST_VERSION);
    expect(migrate(db)).toBe(LATEST_VERSION);
  });

  it('rolls a failing migration back whole, leaving the version where it was', () => {
    const db = new Database(':memory:');
    const broken = [
      { version: 1, name: 'ok', up: 'CREATE TABLE a (x INTEGER) STRICT;' },
      {
        version: 2,
        name: 'broken',
        up: 'CREATE TABLE b (x INTEGER) STRICT; SELECT * FROM missing_table;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow(/missing_table/);
    expect(db.pragma('user_version', { simple: true })).toBe(1);
    expect(db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'b'").get()).toEqual({
      n: 0,
    });
  });

  it('gives stories stored with a regional language tag their primary subtag (migration 9)', () => {
    const db = new Database(':memory:');
    migrate(db, MIGRATIONS.slice(0, 8));
    const insert = db.prepare(
      `INSERT INTO stories
         (headline, body_json, body_text, received_at, updated_at, format, content_hash, language)
       VALUES ('H', '{}', '', '2026-03-14T08:00Z', '2026-03-14T08:00Z', 'text', hex(randomblob(8)), ?)`,
    );
    const stored = ['en-us', 'pt-br', 'EN_GB', 'zh-hant-tw', 'bg', 'x-klingon', '-', '', null];
    for (const language of stored) insert.run(language);
    migrate(db);
    const languages = db.prepare('SELECT language FROM stories ORDER BY id').pluck().all();
    // As languageTag reads tags today; what is not a 2–3 letter subtag is left as it was.
    expect(languages).toEqual(['en', 'pt', 'en', 'zh', 'bg', 'x-klingon', '-', '', null]);
  });

  it('rejects a migration list that does not rise', () => {
    const db = new Database(':memory:');
    const list = [
      { version: 2, name: 'two', up: '' },
      { version: 1, name: 'one', up: '' },
    ];
    expect(() => migrate(db, list)).toThrow(/does not rise/);
  });

  it('orders digest items through the index, not a table scan', () => {
    const db = openStore(':memory:');
    const plan = db
      .prepare(
        'EXPLAIN QUERY PLAN SELECT * FROM digest_items WHERE digest_id = ? ORDER BY position',
      )
      .all(1) as { detail: string }[];
    expect(plan.map((row) => row.detail).join(' ')).toMatch(/USING INDEX digest_items_order/);
  });
});

describe('integrity check at start-up', () => {
  function damagedStore(): { file: string; before: Buffer } {
    const file = join(folder(), 'damaged.db');
    const db = openStore(file);
    const insert = db.prepare(
      "INSERT INTO settings (key, value) VALUES (?, json_quote('Текст, който заема място.'))",
    );
    for (let index = 0; index < 400; index += 1) insert.run(`key-${index}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over every page after the schema page: the tables' b-trees no longer parse.
    for (let at = pageSize * 2; at < bytes.length; at += 7) bytes[at] = 0xa5;
    writeFileSync(file, bytes);
    return { file, before: bytes };
  }

  it('reports a damaged database as store_corrupt and leaves the file untouched', () => {
    const { file, before } = damagedStore();
    let caught: unknown;
    try {
      openStore(file, { checkIntegrity: true });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AppError);
    expect((caught as AppError).code).toBe('store_corrupt');
    expect((caught as AppError).message).toMatch(/damaged\.db is damaged .*restore a backup/);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('reports a file that is not a database as store_corrupt, unchanged', () => {
    const file = join(folder(), 'notes.db');
    writeFileSync(file, 'Бележки от редакцията, не база данни. '.repeat(300));
    const before = readFileSync(file);
    expect(() => openStore(file, { checkIntegrity: true })).toThrow(
      expect.objectContaining({ code: 'store_corrupt' }),
    );
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
