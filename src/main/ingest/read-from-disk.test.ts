import { mkdirSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempFolder } from '../test/helpers';
import { MAX_FILE_BYTES } from '../wire/decode';
import { fsFailure, readWireFile, readWireFileSync } from './read-from-disk';

let folder: ReturnType<typeof tempFolder>;
beforeEach(() => {
  folder = tempFolder();
});
afterEach(() => folder.cleanup());

describe.each([
  ['readWireFile', readWireFile],
  ['readWireFileSync', async (path: string) => readWireFileSync(path)],
])('%s', (_name, read) => {
  it('reads a file', async () => {
    const path = join(folder.path, 'story.txt');
    writeFileSync(path, 'Заглавие\n\nТекст.');
    const result = await read(path);
    expect(result.ok && result.bytes.toString('utf8')).toBe('Заглавие\n\nТекст.');
  });

  it('refuses a file over the limit by its size, naming the size', async () => {
    // Sparse: 60 MB on paper, nothing on disk; it is refused without being read.
    const path = join(folder.path, 'huge.xml');
    writeFileSync(path, '');
    truncateSync(path, MAX_FILE_BYTES + 10 * 1024 * 1024);
    expect(await read(path)).toEqual({
      ok: false,
      error: 'file larger than 50 MB (60 MB): not a news story',
      reason: { key: 'tooLarge', values: { limit: '50 MB', size: '60 MB' } },
      gone: false,
    });
  });

  it('says plainly what the file system refused', async () => {
    expect(await read(join(folder.path, 'missing.txt'))).toEqual({
      ok: false,
      error: 'no such file or folder',
      reason: { key: 'fileMissing' },
      gone: true,
    });
    const subfolder = join(folder.path, 'wire');
    mkdirSync(subfolder);
    expect(await read(subfolder)).toEqual({
      ok: false,
      error: 'is a folder',
      reason: { key: 'isFolder' },
      gone: false,
    });
  });

  it('says a loop of links and a file taken for a folder in plain words, not errno codes', async () => {
    symlinkSync('loop.txt', join(folder.path, 'loop.txt'));
    expect(await read(join(folder.path, 'loop.txt'))).toEqual({
      ok: false,
      error: 'a link that leads round in a loop and never reaches a file',
      reason: { key: 'linkLoop' },
      gone: false,
    });
    writeFileSync(join(folder.path, 'story.txt'), 'Заглавие\n\nТекст.');
    expect(await read(join(folder.path, 'story.txt', 'inner.txt'))).toEqual({
      ok: false,
      error: 'no such file or folder',
      reason: { key: 'fileMissing' },
      gone: true,
    });
  });
});

describe('fsFailure', () => {
  it('keeps the words of an error it has no name for, without the code and the call', () => {
    const error = Object.assign(new Error("EIO: i/o error, read '/mnt/wire/a.xml'"), {
      code: 'EIO',
    });
    expect(fsFailure(error)).toEqual({ error: 'i/o error' });
    const long = Object.assign(new Error("ENAMETOOLONG: name too long, open '/x'"), {
      code: 'ENAMETOOLONG',
    });
    expect(fsFailure(long)).toEqual({
      error: 'the name is too long',
      reason: { key: 'nameTooLong' },
    });
  });
});
