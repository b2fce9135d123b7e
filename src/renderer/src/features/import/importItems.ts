/** What an import is made of: files (chosen, dropped, from a folder) and pasted text. */

export interface PastedContent {
  text: string;
  html?: string;
  name?: string;
}

export type ImportItem =
  | { kind: 'file'; name: string; size: number; file: Blob }
  | { kind: 'text'; name: string; size: number; content: PastedContent };

export interface ImportFailure {
  file: string;
  error: string;
}

/** Files gathered from a drop or a folder, with what could not be read and what was skipped. */
export interface Collected {
  items: ImportItem[];
  failures: ImportFailure[];
  /** Hidden files and system clutter (.DS_Store, Thumbs.db…) left out on purpose. */
  skipped: number;
}

export function fileItem(file: Blob, name: string): ImportItem {
  return { kind: 'file', name, size: file.size, file };
}

export function textItem(content: PastedContent, name: string): ImportItem {
  return {
    kind: 'text',
    name,
    size: content.text.length + (content.html?.length ?? 0),
    content,
  };
}

export function collectedFiles(files: readonly File[]): Collected {
  return { items: files.map((file) => fileItem(file, file.name)), failures: [], skipped: 0 };
}

const SYSTEM_CLUTTER = new Set(['thumbs.db', 'desktop.ini', '__macosx']);

/** Dot-files and folders, and the clutter operating systems leave in folders. */
export function isHiddenName(name: string): boolean {
  return name.startsWith('.') || SYSTEM_CLUTTER.has(name.toLowerCase());
}

/** A path (`wire/2026/a.xml`) with any hidden segment. */
export function isHiddenPath(path: string): boolean {
  return path.split('/').some((segment) => segment !== '' && isHiddenName(segment));
}
