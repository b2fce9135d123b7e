import { lstat, readdir, stat } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { decodeBytes } from '../wire/charset';

/* What the watched folder asks of the disk: a file's state, names that are not UTF-8, free names. */

/** A file's size and modification time, or null when it is not there. */
export async function stateOf(path: string | Buffer): Promise<string | null> {
  const info = await stat(path).catch(() => null);
  return info && `${info.size}:${info.mtimeMs}`;
}

/** Files in the folder whose names are not UTF-8, by the paths a watcher would give them. */
export async function undecodableNames(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { encoding: 'buffer', withFileTypes: true }).catch(
    () => [],
  );
  return entries
    .filter((entry) => entry.isFile() && new TextDecoder().decode(entry.name).includes('\ufffd'))
    .map((entry) => join(folder, new TextDecoder().decode(entry.name)));
}

/**
 * The file a watcher's path stands for, and its name as reports show it. A name that is not
 * UTF-8 (windows-1251 bytes from a Windows archive) reaches us with replacement characters,
 * which name no file: it is found again among the folder's names as bytes, opened by them, and
 * shown decoded as Edition decodes text.
 */
export async function onDisk(path: string): Promise<{ path: string | Buffer; name: string }> {
  const name = basename(path);
  if (!name.includes('\ufffd')) return { path, name };
  const folder = dirname(path);
  const entries = await readdir(folder, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
  const bytes = entries.find((entry) => new TextDecoder().decode(entry) === name);
  if (!bytes) return { path, name };
  return {
    path: Buffer.concat([Buffer.from(`${folder}/`), bytes]),
    name: decodeBytes(bytes).text,
  };
}

/**
 * A name in `folder` that does not exist yet: report.xml, report-2.xml, … With `companions`,
 * the names the file will have beside it must be free too: a failed a.txt's note must not
 * overwrite an agency file called a.txt.error.txt that failed before it.
 */
export async function freeName(
  folder: string,
  name: string,
  companions: string[],
): Promise<string> {
  const extension = extname(name);
  const stem = name.slice(0, name.length - extension.length);
  for (let attempt = 1; ; attempt += 1) {
    const candidate = join(folder, attempt === 1 ? name : `${stem}-${attempt}${extension}`);
    // lstat: a link under the name, even one leading nowhere, takes it (writing there would
    // write wherever it leads).
    const taken = await Promise.all(
      [candidate, ...companions.map((suffix) => candidate + suffix)].map((path) =>
        lstat(path).then(
          () => true,
          () => false,
        ),
      ),
    );
    if (!taken.includes(true)) return candidate;
  }
}
