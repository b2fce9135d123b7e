/**
 * Dropped folders, walked with the File and Directory Entries API. Structural types, so that the
 * browser's FileSystemEntry objects and test fakes both fit.
 */
import {
  fileItem,
  isHiddenName,
  isHiddenPath,
  type Collected,
  type ImportFailure,
  type ImportItem,
} from './importItems';

export interface EntryLike {
  name: string;
  fullPath: string;
  isFile: boolean;
  isDirectory: boolean;
}

export interface FileEntryLike extends EntryLike {
  file(success: (file: File) => void, failure?: (error: unknown) => void): void;
}

export interface DirectoryReaderLike {
  readEntries(success: (entries: EntryLike[]) => void, failure?: (error: unknown) => void): void;
}

export interface DirectoryEntryLike extends EntryLike {
  createReader(): DirectoryReaderLike;
}

function reason(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'message' in error)
    return String((error as { message: unknown }).message);
  return String(error);
}

/** `/wire/a.xml` → `wire/a.xml`: the name the report shows, so that files in folders are told apart. */
function displayPath(entry: EntryLike): string {
  const path = entry.fullPath.replace(/^\/+/, '');
  return path || entry.name;
}

const byName = (a: EntryLike, b: EntryLike): number =>
  a.name.localeCompare(b.name, undefined, { numeric: true });

/** Every entry of a directory: readEntries answers a slice at a time (100 in Chromium) until empty. */
export async function readAllEntries(directory: DirectoryEntryLike): Promise<EntryLike[]> {
  const reader = directory.createReader();
  const all: EntryLike[] = [];
  for (;;) {
    const slice = await new Promise<EntryLike[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (slice.length === 0) return all;
    all.push(...slice);
  }
}

function fileOf(entry: FileEntryLike): Promise<File> {
  return new Promise<File>((resolve, reject) => entry.file(resolve, reject));
}

/**
 * Walks dropped entries: files as they are, folders recursively (in name order), hidden files and
 * folders left out. An unreadable file or folder becomes a failure; the walk goes on.
 */
export async function walkEntries(
  entries: readonly EntryLike[],
  onFound?: (count: number) => void,
): Promise<Collected> {
  const items: ImportItem[] = [];
  const failures: ImportFailure[] = [];
  let skipped = 0;

  const visit = async (entry: EntryLike): Promise<void> => {
    if (isHiddenName(entry.name)) {
      skipped += 1;
      return;
    }
    if (entry.isFile) {
      try {
        const file = await fileOf(entry as FileEntryLike);
        items.push(fileItem(file, displayPath(entry)));
        onFound?.(items.length);
      } catch (error) {
        failures.push({ file: displayPath(entry), error: reason(error) });
      }
    } else if (entry.isDirectory) {
      let children: EntryLike[];
      try {
        children = await readAllEntries(entry as DirectoryEntryLike);
      } catch (error) {
        failures.push({ file: `${displayPath(entry)}/`, error: reason(error) });
        return;
      }
      for (const child of [...children].sort(byName)) await visit(child);
    }
  };

  for (const entry of entries) await visit(entry);
  return { items, failures, skipped };
}

export interface DroppedData {
  entries: EntryLike[];
  /** Items the browser gave no entry for (dragged from some applications): plain files. */
  files: File[];
}

interface ItemLike {
  kind: string;
  webkitGetAsEntry?: () => EntryLike | null;
  getAsFile(): File | null;
}

/**
 * Takes what a drop carries. Must run inside the drop event: the items are emptied once the
 * handler returns; only then may the (slow) walk begin.
 */
export function takeDropped(data: {
  items?: ArrayLike<ItemLike> | null;
  files?: ArrayLike<File> | null;
}): DroppedData {
  const entries: EntryLike[] = [];
  const files: File[] = [];
  if (data.items && data.items.length > 0) {
    for (const item of Array.from(data.items)) {
      if (item.kind !== 'file') continue;
      const entry = item.webkitGetAsEntry?.() ?? null;
      if (entry) {
        entries.push(entry);
      } else {
        const file = item.getAsFile();
        if (file) files.push(file);
      }
    }
  } else if (data.files) {
    files.push(...Array.from(data.files));
  }
  return { entries, files };
}

export async function collectDropped(
  dropped: DroppedData,
  onFound?: (count: number) => void,
): Promise<Collected> {
  const walked = await walkEntries(dropped.entries, onFound);
  const loose = dropped.files.filter((file) => !isHiddenName(file.name));
  return {
    items: [...walked.items, ...loose.map((file) => fileItem(file, file.name))],
    failures: walked.failures,
    skipped: walked.skipped + dropped.files.length - loose.length,
  };
}

/** Files from `<input webkitdirectory>`: named by their path in the folder, hidden ones left out. */
export function collectFromDirectoryInput(
  files: readonly (File & { webkitRelativePath?: string })[],
): Collected {
  const items: ImportItem[] = [];
  let skipped = 0;
  const named = files.map((file) => ({ file, path: file.webkitRelativePath || file.name }));
  named.sort((a, b) => a.path.localeCompare(b.path, undefined, { numeric: true }));
  for (const { file, path } of named) {
    if (isHiddenPath(path)) skipped += 1;
    else items.push(fileItem(file, path));
  }
  return { items, failures: [], skipped };
}
