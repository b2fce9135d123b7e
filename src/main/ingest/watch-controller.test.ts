import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import type { EventEmitter } from 'node:events';
import { homedir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, memoryContext, tempFolder, until } from '../test/helpers';
import { WatchController } from './watch-controller';
import type { WatchEvent } from './watch-folder';
import { afterTest } from './test/watching';

describe('the watched-folder setting', () => {
  it('says why a folder cannot be watched, with a reason the interface can translate', async () => {
    const temp = tempFolder();
    afterTest(temp.cleanup);
    const controller = new WatchController(memoryContext());
    afterTest(() => controller.stop());
    const missing = join(temp.path, 'Входящи');
    expect(await controller.follow(missing)).toEqual({
      folder: null, // the setting is the handler's to write; the controller follows it
      active: false,
      error: `cannot watch ${missing}: ${missing} is not an existing folder`,
      errorReason: { key: 'notAFolder', values: { folder: missing } },
      failedFiles: 0,
      recentFailures: [],
      unreadable: [],
    });
    const state = await controller.follow(temp.path);
    expect(state).toMatchObject({ active: true, error: null, errorReason: null });
  });

  it('asks for a full path, not one relative to wherever the app was started', async () => {
    const temp = tempFolder();
    afterTest(temp.cleanup);
    const ctx = memoryContext();
    ctx.services.watch = new WatchController(ctx);
    afterTest(() => ctx.services.watch!.stop());
    // A folder of that name where the app runs is no folder the editor meant.
    mkdirSync(join(process.cwd(), '.edition-watch-relative'), { recursive: true });
    afterTest(() => rmSync(join(process.cwd(), '.edition-watch-relative'), { recursive: true }));
    expect(await call(ctx, 'watch.set', { folder: '.edition-watch-relative' })).toMatchObject({
      folder: '.edition-watch-relative',
      active: false,
      errorReason: { key: 'folderNotAbsolute', values: { folder: '.edition-watch-relative' } },
    });
    // Never the home folder itself, nor a drive's root: their files are the user's own.
    for (const folder of ['~', homedir(), '/'])
      expect(await call(ctx, 'watch.set', { folder })).toMatchObject({
        active: false,
        errorReason: { key: 'folderTooBroad' },
      });
    // "~" is the user's home folder, as in a shell.
    const home = relative(homedir(), temp.path);
    const state = await call(ctx, 'watch.set', { folder: `~/${home}` });
    expect(state).toMatchObject({ folder: join(homedir(), home), active: true, error: null });
  });
});

describe('failures in the watched folder', () => {
  it('are kept for the Sources pane: how many went to failed/, the latest with their reasons', async () => {
    const temp = tempFolder();
    afterTest(temp.cleanup);
    const events: WatchEvent[] = [];
    const controller = new WatchController(memoryContext(), {
      stableMs: 150,
      onEvent: (event) => events.push(event),
    });
    afterTest(() => controller.stop());
    await controller.follow(temp.path);
    writeFileSync(join(temp.path, 'broken.json'), '{"uri": "urn:x", ');
    writeFileSync(join(temp.path, 'good.txt'), 'Заглавие\n\nТекст на новината.');
    await until(() => events.length === 2);
    const state = controller.state();
    expect(state.failedFiles).toBe(1);
    expect(state.recentFailures).toMatchObject([{ file: expect.stringContaining('broken.json') }]);
    expect(state.recentFailures[0]!.reason).toBeTruthy();
    // Following another folder starts the count again.
    expect((await controller.follow(temp.path)).failedFiles).toBe(0);
  });
});

/**
 * Tests run as root, whom chmod does not stop: the refusal is injected where the watch opens a
 * file (its `openFile`), or where chokidar reports a folder it could not list (its 'error'),
 * as the error object Node gives for EACCES.
 */
function permissionDenied(syscall: string, path: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`EACCES: permission denied, ${syscall} '${path}'`), {
    errno: -13,
    code: 'EACCES',
    syscall,
    path,
  });
}

describe('what the watched folder may not read', () => {
  it('names a file it may not read, leaves it where it is, and takes it once it may', async () => {
    const temp = tempFolder();
    const ctx = memoryContext();
    let denied = true;
    const openFile: typeof open = (path, ...rest) =>
      denied && String(path).endsWith('secret.txt')
        ? Promise.reject(permissionDenied('open', String(path)))
        : open(path, ...rest);
    const controller = new WatchController(ctx, { stableMs: 150, busyRetryMs: 100, openFile });
    afterTest(temp.cleanup, () => controller.stop());
    await controller.follow(temp.path);
    const secret = join(temp.path, 'secret.txt');
    writeFileSync(secret, 'Заглавие\n\nТекст на новината.');
    await until(() => controller.state().unreadable.length > 0);
    expect(controller.state()).toMatchObject({
      failedFiles: 0,
      unreadable: [
        {
          file: secret,
          error: 'cannot be read: permission denied (left in the folder until it can be)',
          reason: { key: 'permission' },
        },
      ],
    });
    // Not lost to failed/: once its permissions are put right, it comes in.
    expect(existsSync(secret)).toBe(true);
    expect(readdirSync(join(temp.path, 'failed'))).toEqual([]);
    denied = false;
    await until(() => existsSync(join(temp.path, 'done', 'secret.txt')));
    expect(controller.state().unreadable).toEqual([]);
    expect(await call(ctx, 'stories.list', {})).toMatchObject([{ headline: 'Заглавие' }]);
  });

  it('no longer names a file it may not read once someone has removed it by hand', async () => {
    const temp = tempFolder();
    // As the system answers: a file that is gone is not there (ENOENT), whatever its rights were.
    const openFile: typeof open = (path, ...rest) =>
      String(path).endsWith('secret.txt') && existsSync(String(path))
        ? Promise.reject(permissionDenied('open', String(path)))
        : open(path, ...rest);
    const changes: string[] = [];
    const controller = new WatchController(memoryContext(), {
      stableMs: 150,
      busyRetryMs: 100,
      openFile,
      onUnreadable: (failure) => changes.push(`unreadable ${failure.file}`),
      onGone: (file) => changes.push(`gone ${file}`),
    });
    afterTest(temp.cleanup, () => controller.stop());
    await controller.follow(temp.path);
    const secret = join(temp.path, 'secret.txt');
    writeFileSync(secret, 'Заглавие\n\nТекст на новината.');
    await until(() => controller.state().unreadable.length > 0);
    rmSync(secret);
    await until(() => controller.state().unreadable.length === 0);
    // Said, so that a window showing the list can show it without the file.
    expect(changes).toEqual([`unreadable ${secret}`, `gone ${secret}`]);
    expect(controller.state()).toMatchObject({ failedFiles: 0, recentFailures: [] });
  });

  it('no longer names a subfolder it may not read once it is gone', async () => {
    const temp = tempFolder();
    const controller = new WatchController(memoryContext(), { stableMs: 150 });
    afterTest(temp.cleanup, () => controller.stop());
    await controller.follow(temp.path);
    const locked = join(temp.path, 'locked');
    const watcher = (controller as unknown as { current: { watcher: EventEmitter } }).current
      .watcher;
    // The watcher names a folder it could not list once it has seen it land.
    const seen = new Promise((resolve) => watcher.once('addDir', resolve));
    mkdirSync(locked);
    await seen;
    watcher.emit('error', permissionDenied('scandir', locked));
    expect(controller.state().unreadable).toHaveLength(1);
    rmSync(locked, { recursive: true });
    await until(() => controller.state().unreadable.length === 0);
  });

  it('names a subfolder it may not read, in plain words', async () => {
    const temp = tempFolder();
    const ctx = memoryContext();
    const errors: string[] = [];
    const controller = new WatchController(ctx, {
      stableMs: 150,
      onError: (error) => errors.push(error.message),
    });
    afterTest(temp.cleanup, () => controller.stop());
    await controller.follow(temp.path);
    const locked = join(temp.path, 'locked');
    mkdirSync(locked);
    const watcher = (controller as unknown as { current: { watcher: EventEmitter } }).current
      .watcher;
    watcher.emit('error', permissionDenied('scandir', locked));
    expect(errors).toEqual([`cannot read the folder ${locked}: permission denied`]);
    expect(controller.state().unreadable).toEqual([
      {
        file: locked,
        error: 'cannot read the folder: permission denied',
        reason: { key: 'permission' },
      },
    ]);
  });
});
