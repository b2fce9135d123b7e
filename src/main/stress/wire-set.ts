import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateWireFiles, type GeneratedFile } from '../../../bench/generate';

/** Items per multi-story file: enough that "half a file" has room to happen. */
const ITEMS_PER_MESSAGE = 3;

/**
 * The benchmark's generated wire files, with every RSS feed and every NewsML-G2 item turned
 * into a file of several stories (an RSS channel with three items, a newsMessage with three
 * newsItems), so that a crash in the middle of a file would show as a file half imported.
 */
export function crashWireFiles(count: number): GeneratedFile[] {
  return generateWireFiles(count).map((file) => {
    if (file.name.endsWith('.rss')) return { ...file, content: multiItemRss(file.content) };
    if (file.name.endsWith('.newsml.xml')) return { ...file, content: newsMessage(file.content) };
    return file;
  });
}

export function writeWireFolder(folder: string, files: GeneratedFile[]): void {
  mkdirSync(folder, { recursive: true });
  for (const file of files) writeFileSync(join(folder, file.name), file.content);
}

/** Copies of the one item, each with its own guid, title and last sentence. */
function multiItemRss(content: string): string {
  const item = /<item>[\s\S]*<\/item>/.exec(content)?.[0];
  if (!item) throw new Error('generated RSS without an item');
  const items = Array.from({ length: ITEMS_PER_MESSAGE }, (_, part) =>
    part === 0
      ? item
      : item
          .replace(/<\/guid>/, `/part-${part}</guid>`)
          .replace(/<\/title>/, ` (part ${part})</title>`)
          .replace(/<\/description>/, ` Part ${part}.</description>`),
  );
  return content.replace(item, items.join('\n'));
}

function newsMessage(content: string): string {
  const item = /<newsItem[\s\S]*<\/newsItem>/.exec(content)?.[0];
  if (!item) throw new Error('generated NewsML-G2 without a newsItem');
  const items = Array.from({ length: ITEMS_PER_MESSAGE }, (_, part) =>
    part === 0
      ? item
      : item
          .replace(/guid="([^"]*)"/, `guid="$1:part-${part}"`)
          .replace(/<\/headline>/, ` (part ${part})</headline>`)
          .replace(/<\/body>/, `<p>Part ${part}.</p></body>`),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<newsMessage xmlns="http://iptc.org/std/nar/2006-10-01/"><itemSet>
${items.join('\n')}
</itemSet></newsMessage>`;
}
