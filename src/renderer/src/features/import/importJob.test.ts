import { describe, expect, it, vi } from 'vitest';
import type { UploadedFile } from '@shared/api';
import type { ImportReport } from '@shared/model';
import { ImportJob, emptyReport, type ImportJobDeps, type ImportProgress } from './importJob';
import { fileItem, textItem, type Collected } from './importItems';

const limits = { maxFiles: 2, maxBytes: 1000, maxFileBytes: 50 };

function blob(text: string): Blob {
  return new Blob([text]);
}

function collected(names: string[]): Collected {
  return { items: names.map((name) => fileItem(blob(name), name)), failures: [], skipped: 0 };
}

function answerFor(files: UploadedFile[]): ImportReport {
  const report = emptyReport();
  for (const [index, file] of files.entries()) {
    if (file.name.startsWith('bad'))
      report.failed.push({ file: file.name, error: 'not a wire file' });
    else
      report.imported.push({ id: index + 1, headline: file.name, format: 'text', file: file.name });
  }
  return report;
}

function setup(overrides: Partial<ImportJobDeps> = {}) {
  const progress: ImportProgress[] = [];
  const sendFiles = vi.fn(async (files: UploadedFile[]) => answerFor(files));
  const sendText = vi.fn(async () => {
    const report = emptyReport();
    report.imported.push({ id: 99, headline: 'Pasted', format: 'html', file: 'pasted' });
    return report;
  });
  const job = new ImportJob({
    sendFiles,
    sendText,
    readBase64: async (file) => btoa(await file.text()),
    messages: {
      tooLarge: (_file, bytes) => `too large: ${bytes}`,
      unreadable: (_file, reason) => `unreadable: ${reason}`,
      requestFailed: (reason) => `request failed: ${reason}`,
    },
    onProgress: (p) => progress.push(p),
    limits,
    ...overrides,
  });
  return { job, progress, sendFiles, sendText };
}

describe('ImportJob', () => {
  it('sends small batches and reports progress after each', async () => {
    const { job, progress, sendFiles } = setup();
    job.add(collected(['a.xml', 'bad.bin', 'c.json', 'd.txt', 'e.md']));
    const outcome = await job.run();
    expect(sendFiles.mock.calls.map(([files]) => files.map((f) => f.name))).toEqual([
      ['a.xml', 'bad.bin'],
      ['c.json', 'd.txt'],
      ['e.md'],
    ]);
    expect(outcome.report.imported).toHaveLength(4);
    expect(outcome.report.failed).toEqual([{ file: 'bad.bin', error: 'not a wire file' }]);
    expect(outcome.notSent).toBe(0);
    expect(outcome.cancelled).toBe(false);
    const answered = progress.filter((p) => p.current === null || p.done > 0);
    expect(answered.at(-1)).toMatchObject({ total: 5, done: 5, errors: 1 });
    expect(progress.some((p) => p.current === 'c.json' && p.done === 2 && p.errors === 1)).toBe(
      true,
    );
  });

  it('stops between batches on cancel and counts what was never sent', async () => {
    let release: () => void = () => undefined;
    const sendFiles = vi.fn(
      (files: UploadedFile[]) =>
        new Promise<ImportReport>((resolve) => {
          release = () => resolve(answerFor(files));
        }),
    );
    const { job, progress } = setup({ sendFiles });
    job.add(collected(['1', '2', '3', '4', '5', '6', '7']));
    const running = job.run();
    await vi.waitFor(() => expect(sendFiles).toHaveBeenCalledTimes(1));
    job.cancel();
    expect(progress.at(-1)?.cancelling).toBe(true);
    release(); // the batch in flight still finishes: its files are in
    const outcome = await running;
    expect(sendFiles).toHaveBeenCalledTimes(1);
    expect(outcome.cancelled).toBe(true);
    expect(outcome.report.imported).toHaveLength(2);
    expect(outcome.notSent).toBe(5);
    expect(job.finished).toBe(true);
  });

  it('turns oversize, unreadable and failed requests into failures, and goes on', async () => {
    const sendFiles = vi
      .fn<(files: UploadedFile[]) => Promise<ImportReport>>()
      .mockRejectedValueOnce(new Error('HTTP 502'))
      .mockImplementation(async (files) => answerFor(files));
    const broken = new Blob(['x']);
    const { job } = setup({
      sendFiles,
      readBase64: async (file) => {
        if (file === broken) throw new Error('file vanished');
        return btoa(await file.text());
      },
    });
    job.add({
      items: [
        fileItem(blob('a'), 'a'),
        fileItem(blob('b'), 'b'),
        fileItem(blob('x'.repeat(60)), 'huge'),
        fileItem(broken, 'gone'),
        fileItem(blob('c'), 'c'),
      ],
      failures: [{ file: 'dir/', error: 'permission denied' }],
      skipped: 2,
    });
    const outcome = await job.run();
    // Each with a reason the report says again in whatever language the editor switches to.
    const requestFailed = {
      key: 'requestFailed',
      values: { reason: 'HTTP 502', code: 'internal' },
    };
    expect(outcome.report.failed).toEqual([
      { file: 'dir/', error: 'permission denied' },
      { file: 'a', error: 'request failed: HTTP 502', reason: requestFailed },
      { file: 'b', error: 'request failed: HTTP 502', reason: requestFailed },
      {
        file: 'huge',
        error: 'too large: 60',
        reason: { key: 'uploadTooLarge', values: { size: '0.0', limit: 0 } },
      },
      {
        file: 'gone',
        error: 'unreadable: file vanished',
        reason: { key: 'uploadUnreadable', values: { reason: 'file vanished' } },
      },
    ]);
    expect(outcome.report.imported.map((e) => e.file)).toEqual(['c']);
    expect(outcome.skipped).toBe(2);
    expect(job.progress()).toMatchObject({ total: 6, done: 6, errors: 5 });
  });

  it('sends pasted text through its own request, under the name the report shows', async () => {
    const { job, sendText, sendFiles } = setup();
    job.add({
      items: [textItem({ text: 'Hello', html: '<p>Hello</p>' }, 'Pasted text')],
      failures: [],
      skipped: 0,
    });
    const outcome = await job.run();
    // Named in the interface's language: the report said "pasted.txt", a file that never was.
    expect(sendText).toHaveBeenCalledWith({
      text: 'Hello',
      html: '<p>Hello</p>',
      name: 'Pasted text',
    });
    expect(sendFiles).not.toHaveBeenCalled();
    expect(outcome.report.imported).toHaveLength(1);
  });

  it('waits for folders still being read, and takes files added while it runs', async () => {
    const { job, progress, sendFiles } = setup();
    let finishWalk: (c: Collected) => void = () => undefined;
    job.addLater(new Promise<Collected>((resolve) => (finishWalk = resolve)));
    const running = job.run();
    await Promise.resolve();
    expect(progress.at(-1)).toMatchObject({ total: 0, collecting: true });
    job.add(collected(['loose.txt']));
    finishWalk(collected(['dir/a.xml', 'dir/b.xml']));
    const outcome = await running;
    expect(sendFiles.mock.calls.flatMap(([files]) => files.map((f) => f.name)).sort()).toEqual([
      'dir/a.xml',
      'dir/b.xml',
      'loose.txt',
    ]);
    expect(outcome.report.imported).toHaveLength(3);
    expect(progress.at(-1)).toMatchObject({ total: 3, done: 3, collecting: false });
  });

  it('says a cancel came while folders were still being read, and that an empty folder held nothing', async () => {
    const reading = setup();
    reading.job.addLater(new Promise<Collected>(() => undefined)); // a folder of 3,000 files
    const running = reading.job.run();
    await Promise.resolve();
    reading.job.cancel();
    expect(await running).toMatchObject({ cancelled: true, notSent: 0, unread: true, found: 0 });
    expect(reading.sendFiles).not.toHaveBeenCalled();

    const empty = setup();
    empty.job.addLater(Promise.resolve(collected([])));
    expect(await empty.job.run()).toMatchObject({ cancelled: false, unread: false, found: 0 });
  });

  it('refuses additions once finished', async () => {
    const { job } = setup();
    job.add(collected(['a']));
    await job.run();
    expect(() => job.add(collected(['b']))).toThrow();
  });
});
