import { blockText, type Block } from './blocks';
import { isoZone, isRealDate, monthNumber, zoneOffset } from './dates';
import { headlineFromLead, looksLikeTitle } from './headline';
import type { ImportedStory } from './types';

/**
 * An embargo written into the copy itself, as agencies without a metadata field for it write it
 * on the first line: dpa's "Sperrfrist: 11. September 2025, 10.00 Uhr MESZ", AP's "EMBARGOED for
 * release at 5 p.m. EDT, Wednesday, Sept. 10, 2025", a press office's "EMBARGOED UNTIL 00:01 BST
 * THURSDAY 11 SEPTEMBER 2025", "ЕМБАРГО ДО 12:00 ч. на 14 март 2026 г.". The line leaves the
 * headline and the text; its time becomes the story's embargo, and a time that cannot be read
 * holds the story (withheld) with the line as a note, rather than letting it out early.
 */
// Lookaheads, not \b: JavaScript's word boundary knows only ASCII letters ("ДО" has none).
const EMBARGO_LINE =
  /^\s*(sperrfrist|embargo(?:ed)?|ембарго|эмбарго)(?=[\s:,.-]|$)(\s*:|\s+(?:until|till|for release|bis|до)(?=[\s:,.-]|$))?[\s:,-]*(.*)$/iu;

/**
 * The embargo a line announces: its phrase, or null for a line that only uses the word ("Embargo
 * on Russian oil extended"): the word needs a colon, "until"/"bis"/"до" after it, or a time.
 */
function embargoLine(line: string): { phrase: string; until: string | null } | null {
  const match = EMBARGO_LINE.exec(line);
  if (!match) return null;
  const phrase = match[3] ?? '';
  const until = embargoTime(phrase);
  const announced = match[2] !== undefined || /^sperrfrist$/i.test(match[1]!);
  return until || announced ? { phrase, until } : null;
}

/** A line that announces an embargo (see embargoLine): importers keep it first in the text. */
export function isEmbargoLine(line: string): boolean {
  return embargoLine(line) !== null;
}

export function withTextEmbargo(story: ImportedStory): ImportedStory {
  if (story.embargoUntil) return story;
  const inHeadline = embargoLine(story.headline);
  const firstBlock = story.blocks[0];
  const inBody = !inHeadline && firstBlock ? embargoLine(blockText(firstBlock)) : null;
  const found = inHeadline ?? inBody;
  if (!found) return story;
  const line = (inHeadline ? story.headline : blockText(firstBlock!)).trim();
  let blocks = story.blocks;
  // The line leaves the text, where it stood first (in a mail, as well as in the subject).
  if (blocks[0] && embargoLine(blockText(blocks[0]))) blocks = blocks.slice(1);
  // "EMBARGOED UNTIL 00:01 BST THURSDAY 11 SEPTEMBER 2025: UK wages rise 5%".
  const titled = /\d{4}\s*:\s*(\S.*)$/u.exec(line)?.[1]?.trim();
  let headline = story.headline;
  if (inHeadline) {
    if (titled) headline = titled;
    else {
      headline = headlineAfter(blocks);
      if (blocks[0] && looksLikeTitle(blockText(blocks[0]))) blocks = blocks.slice(1);
    }
  }
  const until = found.until;
  return {
    ...story,
    headline,
    blocks,
    embargoUntil: until,
    pubStatus: until ? story.pubStatus : 'withheld',
    edNote: until ? story.edNote : [story.edNote, line].filter(Boolean).join('\n'),
  };
}

/** The headline once the embargo line is gone: the title line after it, else from the lead. */
function headlineAfter(blocks: Block[]): string {
  const first = blocks[0] ? blockText(blocks[0]).trim() : '';
  if (first === '') return '';
  return looksLikeTitle(first) ? first.replace(/\s*=\s*$/, '') : headlineFromLead(first);
}

const TIME = /(\d{1,2})(?:[:.](\d{2}))?\s*(?:(a\.?\s?m\.?|p\.?\s?m\.?)|uhr|ч\.?|h\b)/iu;
const CLOCK = /\b(\d{1,2})[:.](\d{2})\b/u;
const DAY_MONTH_YEAR = /(\d{1,2})\.?\s+([\p{L}]+)\.?,?\s+(\d{4})/u;
const MONTH_DAY_YEAR = /([\p{L}]+)\.?\s+(\d{1,2}),?\s+(\d{4})/u;
const ZONE = /\b(UTC|GMT|MESZ|MEZ|CEST|CET|EEST|EET|BST|EDT|EST|CDT|CST|PDT|PST|MSK)\b/u;

/** The instant an embargo phrase names, or null when it does not say it whole. */
export function embargoTime(phrase: string): string | null {
  const text = phrase.replace(/\s+/g, ' ');
  const date = dayOf(text);
  if (!date) return null;
  const time = TIME.exec(text) ?? CLOCK.exec(text);
  if (!time) return null;
  let hour = Number(time[1]);
  const minute = Number(time[2] ?? '0');
  const half = time[3];
  if (half) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (/p/i.test(half) ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return null;
  const zone = zoneOffset(ZONE.exec(text)?.[1]);
  if (zone === null) return null;
  const pad = (value: number) => String(value).padStart(2, '0');
  const instant = new Date(`${date}T${pad(hour)}:${pad(minute)}:00${isoZone(zone)}`);
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/** YYYY-MM-DD from "11. September 2025", "11 SEPTEMBER 2025", "Sept. 10, 2025", "14 март 2026". */
function dayOf(text: string): string | null {
  const pad = (value: number) => String(value).padStart(2, '0');
  for (const [pattern, dayAt, monthAt] of [
    [DAY_MONTH_YEAR, 1, 2],
    [MONTH_DAY_YEAR, 2, 1],
  ] as const) {
    const match = pattern.exec(text);
    const month = match ? monthNumber(match[monthAt]!) : null;
    if (!match || !month) continue;
    const iso = `${match[3]}-${pad(month)}-${pad(Number(match[dayAt]))}`;
    if (isRealDate(iso)) return iso;
  }
  return null;
}
