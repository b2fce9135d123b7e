import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { call, tempFolders } from '../test/helpers';
import { createContext } from '../handlers/context';
import { listBackups, pruneBackups, restoreBackupFile, verifyBackup, createBackup } from './backup';
import { backUpIfDue } from './backup-schedule';
import { openStore } from './db';

const folder = tempFolders();

async function storeWith(headlines: string[]) {
  const dbPath = join(folder(), 'edition.db');
  const ctx = createContext(openStore(dbPath));
  for (const headline of headlines)
    await call(ctx, 'stories.importText', { text: `${headline}\n\nТекст на ${headline}.` });
  return { dbPath, ctx };
}

const headlines = (dbPath: string) => {
  const db = openStore(dbPath);
  const rows = db.prepare('SELECT headline FROM stories ORDER BY id').pluck().all();
  db.close();
  return rows;
};

describe('backups', () => {
  it('copies the open database, lists it newest first, and verifies it', async () => {
    const { dbPath, ctx } = await storeWith(['Първа', 'Втора']);
    const first = await createBackup(ctx.db, {
      kind: 'auto',
      now: new Date('2026-11-20T06:00:00Z'),
    });
    const second = await createBackup(ctx.db, {
      kind: 'manual',
      now: new Date('2026-11-21T06:00:00Z'),
    });
    expect(listBackups(dbPath).map((b) => [b.name, b.kind, b.createdAt])).toEqual([
      [second.name, 'manual', '2026-11-21T06:00:00.000Z'],
      [first.name, 'auto', '2026-11-20T06:00:00.000Z'],
    ]);
    expect(verifyBackup(first.path).stories).toBe(2);
    ctx.db.close();
  });

  it('keeps the backups of two stores in one folder apart: listed, scheduled and pruned by store', async () => {
    const shared = folder();
    const open = async (name: string, headline: string) => {
      const ctx = createContext(openStore(join(shared, name)));
      await call(ctx, 'stories.importText', { text: `${headline}\n\nТекст на ${headline}.` });
      return ctx;
    };
    const alpha = await open('alpha.db', 'Алфа');
    const beta = await open('beta.db', 'Бета');
    const now = new Date('2026-11-20T06:00:00Z');
    expect(await backUpIfDue(beta, now)).not.toBeNull();
    // Beta's daily backup does not stand for alpha's.
    const alphaBackup = await backUpIfDue(alpha, new Date(now.getTime() + 60_000));
    expect(alphaBackup).not.toBeNull();
    expect(listBackups(join(shared, 'alpha.db')).map((backup) => backup.path)).toEqual([
      alphaBackup,
    ]);
    expect(verifyBackup(listBackups(join(shared, 'beta.db'))[0]!.path).stories).toBe(1);
    // Alpha keeping one automatic backup removes none of beta's.
    await createBackup(alpha.db, { kind: 'auto', now: new Date('2026-11-22T06:00:00Z') });
    pruneBackups(join(shared, 'alpha.db'), 1);
    expect(listBackups(join(shared, 'alpha.db'))).toHaveLength(1);
    expect(listBackups(join(shared, 'beta.db'))).toHaveLength(1);
    alpha.db.close();
    beta.db.close();
  });

  it("still lists a store's backups made before they were named after it", async () => {
    const shared = folder();
    const ctx = createContext(openStore(join(shared, 'newsroom.db')));
    await call(ctx, 'stories.importText', { text: 'Новина\n\nТекст.' });
    const legacy = await createBackup(ctx.db, {
      kind: 'auto',
      out: join(shared, 'backups', 'edition-2026-11-01T060000000Z-auto.db'),
    });
    expect(listBackups(join(shared, 'newsroom.db')).map((backup) => backup.path)).toEqual([
      legacy.path,
    ]);
    // Kept (never pruned as its own), though automatic: with another store beside it, it may be
    // that one's; and then neither store lists it as its own.
    await createBackup(ctx.db, { kind: 'auto', now: new Date('2026-11-20T06:00:00Z') });
    pruneBackups(join(shared, 'newsroom.db'), 1);
    expect(existsSync(legacy.path)).toBe(true);
    const other = createContext(openStore(join(shared, 'sport.db')));
    expect(listBackups(join(shared, 'newsroom.db')).map((backup) => backup.path)).not.toContain(
      legacy.path,
    );
    expect(listBackups(join(shared, 'sport.db'))).toEqual([]);
    other.db.close();
    ctx.db.close();
  });

  it('says a folder given as the backup file is a folder, and asks for a file name', async () => {
    const { ctx } = await storeWith(['Първа']);
    const into = folder();
    await expect(createBackup(ctx.db, { kind: 'manual', out: into })).rejects.toThrow(
      `${into} is a folder: give the backup a file name in it.`,
    );
    ctx.db.close();
  });

  it('keeps only the newest N automatic backups and never prunes manual ones', async () => {
    const { dbPath, ctx } = await storeWith(['Една']);
    for (let day = 1; day <= 5; day += 1)
      await createBackup(ctx.db, { kind: 'auto', now: new Date(`2026-11-0${day}T06:00:00Z`) });
    await createBackup(ctx.db, { kind: 'manual', now: new Date('2026-10-01T06:00:00Z') });
    pruneBackups(dbPath, 2);
    expect(listBackups(dbPath).map((b) => b.createdAt.slice(0, 10))).toEqual([
      '2026-11-05',
      '2026-11-04',
      '2026-10-01',
    ]);
    ctx.db.close();
  });

  it('makes the daily backup only when the newest is a day old', async () => {
    const { dbPath, ctx } = await storeWith(['Една']);
    expect(await backUpIfDue(ctx, new Date('2026-11-26T06:00:00Z'))).not.toBeNull();
    expect(await backUpIfDue(ctx, new Date('2026-11-26T20:00:00Z'))).toBeNull();
    expect(await backUpIfDue(ctx, new Date('2026-11-27T06:00:01Z'))).not.toBeNull();
    expect(listBackups(dbPath)).toHaveLength(2);
    ctx.db.close();
  });

  it('restores a backup and keeps the replaced database aside', async () => {
    const { dbPath, ctx } = await storeWith(['Преди']);
    const backup = await createBackup(ctx.db, { kind: 'manual' });
    await call(ctx, 'stories.importText', { text: 'След\n\nДобавена след копието.' });
    ctx.db.close();
    const { keptAside: aside } = restoreBackupFile(dbPath, backup.path);
    expect(headlines(dbPath)).toEqual(['Преди']);
    expect(aside).toMatch(/edition\.db\.before-restore-/);
    expect(headlines(aside!)).toEqual(['Преди', 'След']);
  });

  it('refuses a file that is not an Edition database and changes nothing', async () => {
    const { dbPath, ctx } = await storeWith(['Остава']);
    ctx.db.close();
    const bogus = join(folder(), 'bogus.db');
    writeFileSync(bogus, 'not a database at all, just words '.repeat(200));
    expect(() => restoreBackupFile(dbPath, bogus)).toThrow(/Cannot restore from .*bogus\.db/);
    expect(() => verifyBackup(join(folder(), 'missing.db'))).toThrow(/does not exist/);
    expect(headlines(dbPath)).toEqual(['Остава']);
    expect(readFileSync(bogus, 'utf8')).toMatch(/^not a database/);
  });

  it('restores into a folder that does not exist yet (a store moved to a new place)', async () => {
    const { ctx } = await storeWith(['Преместена']);
    const backup = await createBackup(ctx.db, { kind: 'manual' });
    ctx.db.close();
    const moved = join(folder(), 'new', 'desk', 'edition.db');
    expect(restoreBackupFile(moved, backup.path)).toEqual({ keptAside: null, stories: 1 });
    expect(headlines(moved)).toEqual(['Преместена']);
  });

  it('refuses to replace a file that is plainly not an Edition store, and leaves it as it was', async () => {
    const { ctx } = await storeWith(['Копие']);
    const backup = await createBackup(ctx.db, { kind: 'manual' });
    ctx.db.close();
    // A mistyped --db: someone's notes, another program's database.
    const notes = join(folder(), 'notes.txt');
    writeFileSync(notes, 'Планът за утре: три новини.\n');
    expect(() => restoreBackupFile(notes, backup.path)).toThrow(
      /notes\.txt is not an Edition database: it holds text.*has not been changed/,
    );
    expect(readFileSync(notes, 'utf8')).toBe('Планът за утре: три новини.\n');
    const other = join(folder(), 'other.db');
    const foreign = new Database(other);
    foreign.exec("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Мария')");
    foreign.close();
    expect(() => restoreBackupFile(other, backup.path)).toThrow(
      /other\.db is not an Edition database: it is another program's SQLite database \(tables contacts\)/,
    );
    const kept = new Database(other, { readonly: true });
    expect(kept.prepare('SELECT name FROM contacts').pluck().all()).toEqual(['Мария']);
    kept.close();
    expect(existsSync(`${other}.restoring`)).toBe(false);
  });

  it('restores over a store too damaged to open: that is what backups are for', async () => {
    const { dbPath, ctx } = await storeWith(['Спасена']);
    const backup = await createBackup(ctx.db, { kind: 'manual' });
    ctx.db.close();
    const bytes = readFileSync(dbPath);
    bytes.fill(0x5a, 100, bytes.length); // the header stays, every page after it is garbage
    writeFileSync(dbPath, bytes);
    expect(restoreBackupFile(dbPath, backup.path).keptAside).toMatch(/before-restore/);
    expect(headlines(dbPath)).toEqual(['Спасена']);
  });

  it('restores through the request while serving, swapping the open store', async () => {
    const { dbPath, ctx } = await storeWith(['Сутрин']);
    ctx.reopen = () => openStore(dbPath);
    const backup = await call(ctx, 'backups.create', {});
    await call(ctx, 'stories.importText', { text: 'Обед\n\nПо-късна история.' });
    const result = await call(ctx, 'backups.restore', { name: backup.name });
    expect(result.stories).toBe(1);
    expect(existsSync(result.keptAside!)).toBe(true);
    expect((await call(ctx, 'stories.list', {})).map((s) => s.headline)).toEqual(['Сутрин']);
    await expect(call(ctx, 'backups.restore', { name: '../../etc/passwd' })).rejects.toThrow(
      /no backup named/,
    );
    ctx.db.close();
  });
});
