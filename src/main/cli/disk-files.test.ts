import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ImportReport } from '../../shared/model';
import { filesToImport } from './disk-files';

// rm -rf, not rmSync: Node's removal gives up on paths longer than PATH_MAX.
const root = mkdtempSync(join(tmpdir(), 'edition-disk-files-'));
afterAll(() => execFileSync('rm', ['-rf', root]));

function emptyReport(): ImportReport {
  return { imported: [], updated: [], duplicates: [], failed: [] };
}

describe('the files an import walks', () => {
  it('reports a subfolder it cannot read by its name, and still takes the rest', async () => {
    const wire = join(root, 'wire');
    mkdirSync(join(wire, 'b-ok'), { recursive: true });
    writeFileSync(join(wire, 'a.txt'), 'Първа\n\nТекст.');
    writeFileSync(join(wire, 'b-ok', 'c.txt'), 'Втора\n\nТекст.');
    // A tree deeper than PATH_MAX (4,096 bytes): the folder past it cannot be listed by its
    // path, as a folder without read permission cannot (which root, running tests, can read).
    // bash makes it a step at a time, each step relative to the last.
    const step = 'x'.repeat(250);
    execFileSync('bash', [
      '-c',
      `cd "$1" && mkdir deep && cd deep && for i in $(seq 20); do mkdir ${step} && cd ${step}; done && echo 'Дълбока\n\nТекст.' > d.txt`,
      'bash',
      wire,
    ]);
    const report = emptyReport();
    const files = await filesToImport([wire], report);
    expect(files.map((file) => file.shown)).toEqual([
      join(wire, 'a.txt'),
      join(wire, 'b-ok', 'c.txt'),
    ]);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]!.file.startsWith(join(wire, 'deep', step))).toBe(true);
    expect(report.failed[0]!.error).toBe('the name is too long');
  });
});
