// Runs on plain Node: open-files.ts must never import 'electron' (no binary on build machines).
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../shared/model';
import { memoryContext, tempFolder } from '../test/helpers';
import {
  failureNotice,
  importOpenedFiles,
  isOpenableFile,
  OpenFilesQueue,
  wireFilesFromArgv,
} from './open-files';

const FIXTURES = join(import.meta.dirname, '..', 'wire', '__fixtures__');

let folder: ReturnType<typeof tempFolder>;
let nitf: string;
let text: string;

beforeEach(() => {
  folder = tempFolder();
  nitf = join(folder.path, 'story.nitf');
  copyFileSync(join(FIXTURES, 'nitf-quotes.xml'), nitf);
  text = join(folder.path, 'Wire Copy.TXT');
  copyFileSync(join(FIXTURES, 'bg-windows-1251.txt'), text);
});

afterEach(() => folder.cleanup());

describe('wireFilesFromArgv', () => {
  it('takes existing wire files after the executable, as absolute paths', () => {
    const argv = ['/opt/Edition/edition', nitf, 'Wire Copy.TXT'];
    expect(wireFilesFromArgv(argv, { cwd: folder.path })).toEqual([nitf, text]);
  });

  it('skips the app path of an unpackaged run (electron .)', () => {
    const appPath = join(folder.path, 'app.json');
    writeFileSync(appPath, '{}');
    const argv = ['/usr/lib/electron/electron', appPath, nitf];
    expect(wireFilesFromArgv(argv, { cwd: folder.path, leadingEntries: 2 })).toEqual([nitf]);
  });

  it("skips Electron's and Chromium's switches and --db with its value", () => {
    const db = join(folder.path, 'other.json');
    writeFileSync(db, '{}');
    const argv = [
      'C:\\Edition\\Edition.exe',
      '--allow-file-access-from-files',
      '--original-process-start-time=13350000000000000',
      '--db',
      db,
      '--inspect=9229',
      nitf,
    ];
    expect(wireFilesFromArgv(argv, { cwd: folder.path })).toEqual([nitf]);
  });

  it('takes a file named like a switch only after --', () => {
    const dashed = join(folder.path, '-dash.xml');
    writeFileSync(dashed, '<x/>');
    expect(wireFilesFromArgv(['edition', '-dash.xml'], { cwd: folder.path })).toEqual([]);
    expect(wireFilesFromArgv(['edition', '--', '-dash.xml'], { cwd: folder.path })).toEqual([
      dashed,
    ]);
  });

  it('turns file:// URIs from Linux desktop entries into paths and ignores other URLs', () => {
    const argv = ['edition', pathToFileURL(text).href, 'https://example.org/story.xml'];
    expect(wireFilesFromArgv(argv, { cwd: '/' })).toEqual([text]);
  });

  it('skips missing files, folders, unknown extensions and repeats', () => {
    const folderNamedXml = join(folder.path, 'folder.xml');
    mkdirSync(folderNamedXml);
    const pdf = join(folder.path, 'brief.pdf');
    writeFileSync(pdf, '%PDF-1.7');
    const argv = ['edition', join(folder.path, 'gone.xml'), folderNamedXml, pdf, nitf, nitf];
    expect(wireFilesFromArgv(argv, { cwd: folder.path })).toEqual([nitf]);
  });

  it('resolves relative paths against the given folder (a second instance’s)', () => {
    expect(wireFilesFromArgv(['edition', 'story.nitf'], { cwd: folder.path })).toEqual([nitf]);
    expect(wireFilesFromArgv(['edition', 'story.nitf'], { cwd: '/' })).toEqual([]);
  });
});

describe('isOpenableFile', () => {
  it('accepts the associated extensions in any case and refuses the rest', () => {
    const eml = join(folder.path, 'MAIL.EML');
    writeFileSync(eml, 'Subject: x\r\n\r\nbody');
    expect(isOpenableFile(eml)).toBe(true);
    expect(isOpenableFile(nitf)).toBe(true);
    expect(isOpenableFile(folder.path)).toBe(false);
    expect(isOpenableFile(join(folder.path, 'missing.json'))).toBe(false);
  });
});

describe('importOpenedFiles', () => {
  it('imports like File → Import, reports failures per file and tells the window', async () => {
    const ctx = memoryContext();
    const events: unknown[] = [];
    ctx.emit = (name, payload) => void events.push({ name, payload });
    const empty = join(folder.path, 'empty.xml');
    writeFileSync(empty, '');
    const missing = join(folder.path, 'missing.xml');

    const report = await importOpenedFiles(ctx, [nitf, text, empty, missing]);

    expect(report.imported.length).toBe(2);
    expect(report.failed.map((entry) => entry.file).sort()).toEqual([empty, missing].sort());
    expect(ctx.stories.list({ limit: 10 }).length).toBe(2);
    expect(events).toEqual([
      {
        name: 'stories.changed',
        payload: { reason: 'menu-import', imported: 2, updated: 0, failed: 2, updatedIds: [] },
      },
    ]);

    const again = await importOpenedFiles(ctx, [nitf]);
    expect(again.imported.length).toBe(0);
    expect(again.duplicates.length).toBe(1);
  });
});

describe('failureNotice', () => {
  it('names each failed file with its reason, and is null when none failed', () => {
    const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
    expect(failureNotice(report)).toBeNull();
    report.failed.push({ file: '/a.xml', error: 'the file is empty' });
    expect(failureNotice(report)).toEqual({
      message: '1 file could not be imported',
      detail: '/a.xml: the file is empty',
    });
  });
});

describe('OpenFilesQueue', () => {
  it('holds files until started, then imports what came before in one batch', async () => {
    const queue = new OpenFilesQueue({ burstMs: 5, onError: vi.fn() });
    const batches: string[][] = [];
    queue.add(['/a.xml']);
    queue.add(['/b.xml', '/a.xml']);
    await queue.start(async (paths) => void batches.push(paths));
    expect(batches).toEqual([['/a.xml', '/b.xml']]);
  });

  it('gathers a burst of later files into one batch and runs batches one at a time', async () => {
    const onError = vi.fn();
    const queue = new OpenFilesQueue({ burstMs: 20, onError });
    const log: string[] = [];
    let first = true;
    await queue.start(async (paths) => {
      log.push(`start ${paths.join(' ')}`);
      if (first) {
        first = false;
        await new Promise((done) => setTimeout(done, 60));
        throw new Error('store busy');
      }
      log.push(`end ${paths.join(' ')}`);
    });
    queue.add(['/a.xml']);
    queue.add(['/b.xml']);
    await new Promise((done) => setTimeout(done, 40));
    queue.add(['/c.xml']);
    await vi.waitFor(() => expect(log).toContain('end /c.xml'));
    expect(log).toEqual(['start /a.xml /b.xml', 'start /c.xml', 'end /c.xml']);
    expect(onError).toHaveBeenCalledWith(new Error('store busy'));
  });
});
