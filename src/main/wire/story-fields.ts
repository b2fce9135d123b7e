import { blockText, plainInlines, type Block } from './blocks';
import type { PubStatus } from '../../shared/model';

/**
 * Small field rules shared by the feed, ninjs, HTML, mail and control-framed importers, so that
 * the same wire value means the same thing whatever format brought it.
 */

/** The code after a scheme alias or URI path: `stat:usable`, `…/ninature/picture` → the tail. */
export function codeTail(code: string | null | undefined): string | null {
  if (!code) return null;
  const tail = code
    .trim()
    .replace(/[/#:]+$/, '')
    .replace(/^.*[/#:]/, '');
  return tail === '' ? null : tail;
}

/**
 * The primary language subtag (`en-GB` → `en`): what quote rules and the spellchecker key on,
 * and what guessLanguage returns for untagged copy, so both kinds of story compare equal.
 */
export function languageTag(value: string | null | undefined): string | null {
  const primary = value?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/**
 * IPTC publishing status in any of its spellings (G2 qcode, NITF management-status, NewsML 1.2
 * FormalName). An embargo is a hold until it lifts: with its time known, the story is usable and
 * the embargo time holds it (it lifts by itself); without one, it is withheld.
 */
export function pubStatusOf(
  value: string | null | undefined,
  embargoUntil: string | null = null,
): PubStatus | null {
  switch (codeTail(value)?.toLowerCase()) {
    case 'usable':
      return 'usable';
    case 'embargoed':
      return embargoUntil ? 'usable' : 'withheld';
    case 'withheld':
      return 'withheld';
    case 'canceled':
    case 'cancelled':
    case 'killed':
      return 'canceled';
    default:
      return null;
  }
}

/** 1 (flash) … 9; anything else is "the wire did not say". */
export function urgencyOf(raw: unknown): number | null {
  const value = typeof raw === 'string' ? Number(raw.trim()) : raw;
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 9
    ? value
    : null;
}

/**
 * Bodies often open with the headline again (an <h1>, the first line of a plain-text body);
 * the story shows its headline already, so leading blocks that only repeat it are dropped.
 */
export function dropRepeatedHeadline(blocks: Block[], headline: string): Block[] {
  const key = comparable(headline);
  let start = 0;
  while (start < blocks.length && comparable(blockText(blocks[start]!)) === key) start += 1;
  return start === 0 ? blocks : blocks.slice(start);
}

/** A story is never imported empty: what little text the wire sent becomes its body. */
export function bodyOrFallback(blocks: Block[], ...fallbacks: (string | null)[]): Block[] {
  if (blocks.length > 0) return blocks;
  const text = fallbacks.find((candidate) => candidate && candidate.trim() !== '');
  return text ? [{ kind: 'paragraph', inlines: plainInlines(text.trim()) }] : [];
}

/** "By JANE DOE" / "Von Max Muster" / "От Иван Петров", scraped from a body, to the name. */
export function bylineName(line: string | null | undefined): string | null {
  const name = line
    ?.replace(/\s+/g, ' ')
    .replace(/^(by|von|par|door|av|di|от|автор:?)\s+/i, '')
    .trim();
  return name ? name : null;
}

const CREDIT_PREFIX = /^(by|von|par|door|av|di|от|автор:?)\s+/iu;
/** Words a list of names or a name itself may hold in lower case. */
const NAME_JOINERS = new Set(
  ['and', 'und', 'et', 'en', 'och', 'og', 'y', 'e', 'i', 'и', '&'].concat([
    'de',
    'da',
    'di',
    'du',
    'la',
    'le',
    'van',
    'von',
    'der',
    'den',
    'ten',
    'bin',
    'al',
  ]),
);

/**
 * A line that is only a credit, as free text writes it under the headline: "By MARY SMITH and
 * JOHN DOE", "От Иван Петров", "Von Max Muster". The words after the prefix are names (each
 * capitalised), so that "От днес влиза в сила …" and "By a narrow margin" stay text.
 */
export function isBylineLine(line: string): boolean {
  const text = line.replace(/\s+/g, ' ').trim();
  const prefix = CREDIT_PREFIX.exec(text);
  if (!prefix || text.length > 80) return false;
  const words = text.slice(prefix[0].length).replace(/,/g, ' ').split(' ').filter(Boolean);
  return (
    words.length > 0 &&
    words.length <= 8 &&
    words.every(
      (word) => NAME_JOINERS.has(word.toLowerCase()) || /^[\p{Lu}][\p{L}\p{M}.'’-]*$/u.test(word),
    )
  );
}

/** "Associated Press Writer", "Кореспондент на БТА": the role a byline's second line names. */
export function isRoleLine(line: string): boolean {
  return (
    line.length <= 60 &&
    /(?<![\p{L}])(writer|correspondent|reporter|editor|korrespondent|redakteur|кореспондент|корреспондент|репортер)(?![\p{L}])/iu.test(
      line,
    )
  );
}

export function unique(values: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const value of values) {
    const trimmed = value?.replace(/\s+/g, ' ').trim();
    if (!trimmed || seen.has(trimmed.toLowerCase())) continue;
    seen.add(trimmed.toLowerCase());
    result.push(trimmed);
  }
  return result;
}

function comparable(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/[=.:]+$/, '')
    .trim()
    .toLowerCase();
}
