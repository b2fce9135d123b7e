import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { memoryContext, tempFolders } from '../test/helpers';
import { claimWatch, WATCH_NOTE } from './watch-claim';
import { WatchedFolder } from './watch-folder';

const folder = tempFolders();

/** The pid of a process that has ended: a note it left is stale. */
function endedPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

describe('one watcher per folder', () => {
  it('refuses a folder another live process watches, naming it, and leaves its note', async () => {
    const drop = folder();
    // The test runner's parent stands for the other Edition watching the folder.
    writeFileSync(join(drop, WATCH_NOTE), JSON.stringify({ pid: process.ppid }));
    const watched = new WatchedFolder(memoryContext(), drop);
    await expect(watched.start()).rejects.toMatchObject({
      message: `${drop} is already watched by another Edition (process ${process.ppid}): two would race for each file`,
      reason: { key: 'folderWatched', values: { folder: drop, pid: String(process.ppid) } },
    });
    expect(JSON.parse(readFileSync(join(drop, WATCH_NOTE), 'utf8')).pid).toBe(process.ppid);
  });

  it('takes over a note left by a watcher that has ended, and removes its own when it stops', async () => {
    const drop = folder();
    writeFileSync(join(drop, WATCH_NOTE), JSON.stringify({ pid: endedPid() }));
    const watched = new WatchedFolder(memoryContext(), drop, { stableMs: 100 });
    await watched.start();
    expect(JSON.parse(readFileSync(join(drop, WATCH_NOTE), 'utf8')).pid).toBe(process.pid);
    await watched.stop();
    expect(existsSync(join(drop, WATCH_NOTE))).toBe(false);
  });

  it('lets the same process watch again (a restart), and a release by another leaves the note', () => {
    const drop = folder();
    const release = claimWatch(drop);
    expect(() => claimWatch(drop)).not.toThrow();
    writeFileSync(join(drop, WATCH_NOTE), JSON.stringify({ pid: process.ppid }));
    release(); // not this process's note any more: left alone
    expect(existsSync(join(drop, WATCH_NOTE))).toBe(true);
  });

  it('refuses a folder watched from another machine (a shared drop folder), saying what to delete', () => {
    const drop = folder();
    const note = join(drop, WATCH_NOTE);
    writeFileSync(note, JSON.stringify({ pid: 12, host: 'desk-7.newsroom' }));
    expect(() => claimWatch(drop)).toThrow(
      expect.objectContaining({
        message: `${drop} is already watched by Edition on desk-7.newsroom: two would race for each file; if it no longer watches it, delete ${note}`,
        reason: {
          key: 'folderWatchedElsewhere',
          values: { folder: drop, host: 'desk-7.newsroom', note },
        },
      }),
    );
    expect(JSON.parse(readFileSync(note, 'utf8')).host).toBe('desk-7.newsroom');
  });

  it('takes over a note written before the machine last started, whatever holds its pid now', () => {
    const drop = folder();
    writeFileSync(
      join(drop, WATCH_NOTE),
      JSON.stringify({ pid: process.ppid, since: '2001-01-01T00:00:00.000Z' }),
    );
    const release = claimWatch(drop);
    expect(JSON.parse(readFileSync(join(drop, WATCH_NOTE), 'utf8')).pid).toBe(process.pid);
    release();
    expect(existsSync(join(drop, WATCH_NOTE))).toBe(false);
  });
});
