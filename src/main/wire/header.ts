import { isRealDate } from './dates';
import { guessLanguage } from './language';
import { languageTag } from './story-fields';
import type { ImportedStory } from './types';

/**
 * Leading header lines of a plain-text or Markdown story, e.g. the seed's
 * `date 2025-11-26 "24 часа" в мейла ти…`. Keys may be followed by a colon. Text after a date
 * on the same line is kept as the story's kicker.
 */
export interface StoryHeader {
  date: string | null;
  kicker: string | null;
  headline: string | null;
  source: string | null;
  byline: string | null;
  dateline: string | null;
  language: string | null;
}

const KEYS = [
  'date',
  'title',
  'headline',
  'source',
  'byline',
  'author',
  'dateline',
  'language',
  'lang',
] as const;
type Key = (typeof KEYS)[number];
const LINE = new RegExp(`^\\s*(${KEYS.join('|')})\\s*(:?)\\s+(.+?)\\s*$`, 'i');
const DATE = /^(\d{4}-\d{2}-\d{2})\b\s*(.*)$/;

export function emptyHeader(): StoryHeader {
  return {
    date: null,
    kicker: null,
    headline: null,
    source: null,
    byline: null,
    dateline: null,
    language: null,
  };
}

/**
 * Splits the header off the text. Stops at the first line that is not a header line. Without
 * a colon, a key opens a header only as a date line (its value must be a date): a story's
 * first line may well begin with "Title", "Source" or "Author" ("Title race tightens…"); and
 * in a header opened with a colon, a line without one ends it.
 */
export function readHeader(text: string): { header: StoryHeader; rest: string } {
  const lines = text.split('\n');
  const header = emptyHeader();
  let consumed = 0;
  let colons: boolean | null = null;
  for (const line of lines) {
    const match = LINE.exec(line);
    if (!match) break;
    const key = match[1]!.toLowerCase() as Key;
    const colon = match[2] === ':';
    // A line with a colon is a header line anywhere in a header; one without, only in a header
    // opened by a line without one (the seed's "date 2025-11-26 …", which must be a date).
    if (!colon && (colons === true || (colons === null && key !== 'date'))) break;
    if (!applyLine(header, key, match[3]!)) break;
    colons ??= colon;
    consumed += 1;
  }
  return { header, rest: lines.slice(consumed).join('\n') };
}

/** A key and value from elsewhere (front matter): false for a key a header does not know. */
export function applyHeaderValue(header: StoryHeader, key: string, value: string): boolean {
  const known = KEYS.find((candidate) => candidate === key);
  return known !== undefined && known !== 'date' && applyLine(header, known, value);
}

function applyLine(header: StoryHeader, key: Key, value: string): boolean {
  switch (key) {
    case 'date': {
      const date = DATE.exec(value);
      if (!date || !isRealDate(date[1]!)) return false;
      header.date = date[1]!;
      header.kicker = date[2]!.trim() || null;
      return true;
    }
    case 'title':
    case 'headline':
      header.headline = value;
      return true;
    case 'source':
      header.source = value;
      return true;
    case 'byline':
    case 'author':
      header.byline = value;
      return true;
    case 'dateline':
      header.dateline = value;
      return true;
    case 'language':
    case 'lang': {
      // "bg", "en_US" (read as "en", like every format's tags), or the language's name
      // ("Language: Bulgarian").
      const code = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})?$/i.test(value)
        ? languageTag(value)
        : (LANGUAGE_NAMES[value.toLowerCase()] ?? null);
      if (code === null) return false;
      header.language = code;
      return true;
    }
  }
}

const LANGUAGE_NAMES: Record<string, string> = {
  bulgarian: 'bg',
  български: 'bg',
  english: 'en',
  английски: 'en',
  russian: 'ru',
  руски: 'ru',
  русский: 'ru',
  german: 'de',
  french: 'fr',
};

/** The story fields a header fills, with the language guessed from the text where it is silent. */
export function headerFields(
  header: StoryHeader,
  text: string,
): Pick<ImportedStory, 'kicker' | 'byline' | 'dateline' | 'source' | 'language' | 'storyDate'> {
  return {
    kicker: header.kicker,
    byline: header.byline,
    dateline: header.dateline,
    source: header.source,
    language: header.language ?? guessLanguage(text),
    storyDate: header.date,
  };
}
