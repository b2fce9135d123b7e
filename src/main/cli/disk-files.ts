import { readdir, realpath, stat } from 'node:fs/promises';
import type { ImportReport } from '../../shared/model';
import { fsFailure } from '../ingest/read-from-disk';
import { decodeBytes } from '../wire/charset';

/**
 * A file to import: its path as the file system has it, and as reports show it. A name that is
 * not UTF-8 (a Windows archive unpacked: windows-1251 bytes) is kept as bytes to open it by, and
 * shown decoded as Edition decodes text: read as UTF-8 it names no file at all.
 */
export interface DiskFile {
  path: string | Buffer;
  shown: string;
}

/** The files named, folders walked; what cannot be found or walked goes to the report. */
export async function filesToImport(paths: string[], report: ImportReport): Promise<DiskFile[]> {
  const files: DiskFile[] = [];
  for (const path of paths) {
    try {
      const info = await stat(path);
      // "wire/" and "wire" walk alike: paths below it read "wire/a.txt".
      const folder = Buffer.from(path.replace(/(.)\/+$/, '$1'));
      if (info.isDirectory()) files.push(...(await walk(folder, report, new Set())));
      else files.push({ path, shown: path });
    } catch (error) {
      report.failed.push({ file: path, ...fsFailure(error) });
    }
  }
  return files;
}

/**
 * Every file under a folder, sorted, hidden ones left out. Links are followed (a folder of
 * links to the day's copy is a common way to hand it over), each folder once, so a link back
 * up the tree ends; anything else (pipes, sockets) is listed to be refused by name.
 */
async function walk(folder: Buffer, report: ImportReport, seen: Set<string>): Promise<DiskFile[]> {
  let entries;
  try {
    const real = (await realpath(folder, { encoding: 'buffer' })).toString('latin1');
    if (seen.has(real)) return [];
    seen.add(real);
    entries = await readdir(folder, { withFileTypes: true, encoding: 'buffer' });
  } catch (error) {
    // A folder that cannot be listed (no permission, too deep a path) is reported by its own
    // name; its neighbours are still taken. Thrown, it once failed the whole import as the
    // top folder's failure.
    report.failed.push({ file: diskFile(folder).shown, ...fsFailure(error) });
    return [];
  }
  const named = entries
    .filter((entry) => entry.name[0] !== 0x2e) // hidden: ".name"
    .map((entry) => ({ entry, path: Buffer.concat([folder, SLASH, entry.name]) }))
    .map((item) => ({ ...item, file: diskFile(item.path) }))
    .sort((a, b) => a.file.shown.localeCompare(b.file.shown));
  const files: DiskFile[] = [];
  for (const { entry, path, file } of named) {
    if (entry.isDirectory()) files.push(...(await walk(path, report, seen)));
    else if (!entry.isSymbolicLink()) files.push(file);
    else {
      const target = await stat(path).catch((error: unknown) => {
        report.failed.push({ file: file.shown, ...fsFailure(error) }); // a broken link
        return null;
      });
      if (target?.isDirectory()) files.push(...(await walk(path, report, seen)));
      else if (target) files.push(file);
    }
  }
  return files;
}

const SLASH = Buffer.from('/');

/** Each name of the path read on its own: a UTF-8 folder ("новини") above a windows-1251 file. */
function diskFile(path: Buffer): DiskFile {
  const utf8 = new TextDecoder().decode(path);
  if (Buffer.from(utf8, 'utf8').equals(path)) return { path: utf8, shown: utf8 };
  const names: string[] = [];
  let start = 0;
  for (let at = 0; at <= path.length; at += 1) {
    if (at < path.length && path[at] !== SLASH[0]) continue;
    const name = path.subarray(start, at);
    const asUtf8 = new TextDecoder().decode(name);
    names.push(Buffer.from(asUtf8, 'utf8').equals(name) ? asUtf8 : decodeBytes(name).text);
    start = at + 1;
  }
  return { path, shown: names.join('/') };
}
