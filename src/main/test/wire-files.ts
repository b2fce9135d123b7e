import type { HandlerContext } from '../handlers/context';
import { call } from './helpers';

/** Wire files for the import suites (ingest/*.test.ts): identity, versions, near duplicates. */

/** A minimal ninjs 1.x item: the wire identity (uri + version) is what this suite is about. */
export function ninjs(version: number, body: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({
    uri: 'urn:test:bta:story-1',
    version: String(version),
    type: 'text',
    versioncreated: `2026-03-14T0${version}:00:00Z`,
    headline: `Версия ${version}`,
    body_text: body,
    ...extra,
  });
}

/** An RSS feed with one item per key, in the order given, all of the same morning. */
export function rss(channelDate: string, keys: string[]): string {
  const items = keys.map(
    (key) => `<item><title>Новина ${key}</title><link>https://feed.example/${key}</link>
      <guid>https://feed.example/${key}</guid><pubDate>Mon, 16 Mar 2026 07:00:00 GMT</pubDate>
      <description>Текст на новина ${key}.</description></item>`,
  );
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Емисия</title>
    <link>https://feed.example/</link><pubDate>${channelDate}</pubDate>${items.join('')}</channel></rss>`;
}

/** An editor's change to a story, as the editor's autosave makes it. */
export async function editHeadline(
  ctx: HandlerContext,
  id: number,
  headline: string,
): Promise<void> {
  const story = await call(ctx, 'stories.get', { id });
  await call(ctx, 'stories.save', { id, headline, baseRevision: story.revision });
}

export const LONG = (words: string) =>
  `${words} Правителството обсъди днес бюджета за следващата година на извънредно заседание в Министерския съвет. Финансовият министър представи основните параметри и отговори на въпросите на журналистите след края на срещата.`;
