import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XSS_CORPUS, type XssPayload } from '../../src/main/security/__fixtures__/xss-corpus';
import { WIRE_FORMATS, wireFile } from '../../src/main/security/__fixtures__/xss-files';

/**
 * The corpus as a folder of wire files for the CLI: every payload once, its format turning
 * through all fourteen, so the inbox (which lists 200) shows every payload and every importer
 * fed the browser something. The unit run (src/main/security/xss.test.ts) does every pair.
 * Made inside `parent` (the test's server folder, deleted when the test ends), not left in tmp.
 */
export function writeCorpusFolder(parent: string): {
  folder: string;
  files: Map<string, XssPayload>;
} {
  const folder = mkdtempSync(join(parent, 'xss-'));
  const files = new Map<string, XssPayload>();
  XSS_CORPUS.forEach((payload, index) => {
    const file = wireFile(WIRE_FORMATS[index % WIRE_FORMATS.length]!, payload, index);
    writeFileSync(join(folder, file.name), file.bytes);
    files.set(file.name, payload);
  });
  return { folder, files };
}
