import { describe, expect, it } from 'vitest';
import {
  collectDropped,
  collectFromDirectoryInput,
  takeDropped,
  walkEntries,
  type DirectoryEntryLike,
  type EntryLike,
  type FileEntryLike,
} from './folderEntries';

function fileEntry(path: string, options: { fail?: boolean } = {}): FileEntryLike {
  const name = path.split('/').pop() ?? path;
  return {
    name,
    fullPath: `/${path}`,
    isFile: true,
    isDirectory: false,
    file: (success, failure) => {
      if (options.fail)
        failure?.(new DOMException('The file could not be read', 'NotReadableError'));
      else success(new File([path], name));
    },
  };
}

/** A directory whose reader answers `sliceSize` entries per call, like Chromium's 100. */
function dirEntry(
  path: string,
  children: EntryLike[],
  options: { sliceSize?: number; fail?: boolean } = {},
): DirectoryEntryLike {
  const name = path.split('/').pop() ?? path;
  return {
    name,
    fullPath: `/${path}`,
    isFile: false,
    isDirectory: true,
    createReader: () => {
      let offset = 0;
      return {
        readEntries: (success, failure) => {
          if (options.fail) {
            failure?.(new DOMException('Access denied', 'SecurityError'));
            return;
          }
          const slice = children.slice(offset, offset + (options.sliceSize ?? 100));
          offset += slice.length;
          // Asynchronous, as the browser is.
          setTimeout(() => success(slice), 0);
        },
      };
    },
  };
}

describe('walkEntries', () => {
  it('reads every slice of a large folder, recursively, in name order', async () => {
    const many = Array.from({ length: 250 }, (_, i) => fileEntry(`wire/item${i + 1}.xml`));
    const tree = dirEntry(
      'wire',
      [
        ...[...many].reverse(),
        dirEntry('wire/nitf', [fileEntry('wire/nitf/b.xml'), fileEntry('wire/nitf/a.xml')]),
      ],
      { sliceSize: 100 },
    );
    const found: number[] = [];
    const result = await walkEntries([tree], (count) => found.push(count));
    expect(result.items).toHaveLength(252);
    expect(result.items.slice(0, 3).map((i) => i.name)).toEqual([
      'wire/item1.xml',
      'wire/item2.xml',
      'wire/item3.xml',
    ]);
    expect(result.items.at(-1)?.name).toBe('wire/nitf/b.xml');
    expect(result.items.find((i) => i.name === 'wire/item10.xml')).toBeDefined();
    expect(found.at(-1)).toBe(252);
    expect(result.failures).toEqual([]);
  });

  it('skips hidden files and folders and OS clutter', async () => {
    const tree = dirEntry('drop', [
      fileEntry('drop/.DS_Store'),
      fileEntry('drop/Thumbs.db'),
      dirEntry('drop/.git', [fileEntry('drop/.git/config')]),
      fileEntry('drop/story.nitf'),
      fileEntry('drop/NOEXT'),
    ]);
    const result = await walkEntries([tree]);
    expect(result.items.map((i) => i.name)).toEqual(['drop/NOEXT', 'drop/story.nitf']);
    expect(result.skipped).toBe(3);
  });

  it('reports unreadable files and folders and goes on', async () => {
    const result = await walkEntries([
      fileEntry('a.xml'),
      fileEntry('locked.xml', { fail: true }),
      dirEntry('private', [fileEntry('private/x.xml')], { fail: true }),
      fileEntry('b.xml'),
    ]);
    expect(result.items.map((i) => i.name)).toEqual(['a.xml', 'b.xml']);
    expect(result.failures).toEqual([
      { file: 'locked.xml', error: 'The file could not be read' },
      { file: 'private/', error: 'Access denied' },
    ]);
  });
});

describe('takeDropped and collectDropped', () => {
  it('takes entries where the browser gives them, plain files otherwise', async () => {
    const loose = new File(['x'], 'from-mail.eml');
    const dropped = takeDropped({
      items: [
        {
          kind: 'file',
          webkitGetAsEntry: () => dirEntry('f', [fileEntry('f/one.json')]),
          getAsFile: () => null,
        },
        { kind: 'file', webkitGetAsEntry: () => null, getAsFile: () => loose },
        { kind: 'string', getAsFile: () => null },
        { kind: 'file', getAsFile: () => new File([''], '.hidden') },
      ],
    });
    expect(dropped.entries).toHaveLength(1);
    expect(dropped.files.map((f) => f.name)).toEqual(['from-mail.eml', '.hidden']);
    const collected = await collectDropped(dropped);
    expect(collected.items.map((i) => i.name)).toEqual(['f/one.json', 'from-mail.eml']);
    expect(collected.skipped).toBe(1);
  });

  it('falls back to the file list without items', () => {
    const file = new File(['x'], 'a.txt');
    expect(takeDropped({ items: null, files: [file] }).files).toEqual([file]);
  });
});

describe('collectFromDirectoryInput', () => {
  it('names files by their path in the folder and leaves hidden ones out', () => {
    const withPath = (path: string): File & { webkitRelativePath: string } =>
      Object.assign(new File(['x'], path.split('/').pop() ?? path), { webkitRelativePath: path });
    const result = collectFromDirectoryInput([
      withPath('wire/z.xml'),
      withPath('wire/.hidden/a.xml'),
      withPath('wire/a.xml'),
      withPath('wire/.DS_Store'),
    ]);
    expect(result.items.map((i) => i.name)).toEqual(['wire/a.xml', 'wire/z.xml']);
    expect(result.skipped).toBe(2);
  });
});
