import { FAILSAFE_SCHEMA, load } from 'js-yaml';
import { wireDay } from './dates';
import { emptyHeader, applyHeaderValue, type StoryHeader } from './header';

/**
 * YAML front matter, as CMSs and static-site tools export Markdown: `---`, `title:`, `author:`,
 * `date:`…, `---`. Read by js-yaml with its failsafe schema (strings, lists and maps only: no
 * types, no tags), the keys a story header knows fill it. Text that only looks like front
 * matter (a story opening with a rule) is left alone.
 */
export function readFrontMatter(text: string): { header: StoryHeader; rest: string } | null {
  const match = /^---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match) return null;
  let data: unknown;
  try {
    data = load(match[1]!, { schema: FAILSAFE_SCHEMA });
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return null;
  const header = emptyHeader();
  let known = 0;
  for (const [key, raw] of Object.entries(data as Record<string, unknown>)) {
    const value = Array.isArray(raw)
      ? raw.filter((item) => typeof item === 'string').join(', ')
      : raw;
    if (typeof value !== 'string' || value.trim() === '') continue;
    const name = key.toLowerCase();
    if (name === 'date') {
      const day = wireDay(value.trim());
      if (day) {
        header.date = day;
        known += 1;
      }
    } else if (applyHeaderValue(header, name, value.trim())) known += 1;
  }
  return known > 0 ? { header, rest: text.slice(match[0].length) } : null;
}
