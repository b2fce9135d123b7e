import { spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers';
import { claimServing, servingNote, servingPid } from './serving-lock';

describe('the note of which process serves a database', () => {
  const folder = tempFolder();
  afterAll(() => folder.cleanup());

  it('names the live serving process until it is released', () => {
    const db = join(folder.path, 'live.db');
    const release = claimServing(db);
    expect(servingPid(db)).toBe(process.pid);
    release();
    expect(existsSync(servingNote(db))).toBe(false);
    expect(servingPid(db)).toBeNull();
  });

  it('keeps the note of another live server: a second one stopping does not lift it', () => {
    const db = join(folder.path, 'two.db');
    const releaseFirst = claimServing(db);
    const parent = process.ppid; // alive for as long as this test runs
    const releaseSecond = claimServing(db, parent);
    releaseSecond();
    expect(servingPid(db)).toBe(process.pid);
    releaseFirst();
    expect(servingPid(db)).toBeNull();
  });

  it('ignores a note left by a process that has died (a crash) or a garbled one', () => {
    const db = join(folder.path, 'stale.db');
    const finished = spawnSync(process.execPath, ['-e', 'process.exit(0)']);
    writeFileSync(servingNote(db), JSON.stringify({ pid: finished.pid }));
    expect(servingPid(db)).toBeNull();
    writeFileSync(servingNote(db), 'not json');
    expect(servingPid(db)).toBeNull();
  });
});
