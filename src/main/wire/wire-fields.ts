import type { MediaRef, PubStatus } from '../../shared/model';
import { attr, tidyText, type Element } from './xml';

/**
 * Small readers for the coded values the IPTC XML formats share (NITF, NewsML 1.2, NewsML-G2):
 * each returns null rather than a half-understood value.
 */

/** An attribute's text, or null when it is missing or blank (`info=""` says nothing). */
export function attrText(element: Element | null | undefined, name: string): string | null {
  const value = attr(element, name);
  if (value === null) return null;
  const text = tidyText(value);
  return text === '' ? null : text;
}

/** The code after a scheme alias or URI path: `stat:usable`, `…/ninature/picture` → the tail. */
export function codeTail(code: string | null | undefined): string | null {
  if (!code) return null;
  const tail = code
    .trim()
    .replace(/[/#:]+$/, '')
    .replace(/^.*[/#:]/, '');
  return tail === '' ? null : tail;
}

/** Wire versions are counters; anything else (1.2, "v3") is not one Edition can compare. */
export function versionNumber(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^\s*(\d{1,9})\s*$/.exec(value);
  return match ? Number(match[1]) : null;
}

/** IPTC urgency runs 1 (flash) to 9; other numbers are not urgencies. */
export function urgencyNumber(value: string | null | undefined): number | null {
  const number = versionNumber(value);
  return number !== null && number >= 1 && number <= 9 ? number : null;
}

/**
 * IPTC publishing status in any of its spellings (G2 qcode, NITF management-status, NewsML 1.2
 * FormalName). An embargo is a hold: the copy is withheld until the embargo lifts.
 */
export function pubStatusOf(value: string | null | undefined): PubStatus | null {
  switch (codeTail(value)?.toLowerCase()) {
    case 'usable':
      return 'usable';
    case 'withheld':
    case 'embargoed':
      return 'withheld';
    case 'canceled':
    case 'cancelled':
    case 'killed':
      return 'canceled';
    default:
      return null;
  }
}

/**
 * The primary language subtag (`en-GB` → `en`): what quote rules and the spellchecker key on,
 * and what guessLanguage returns for untagged copy, so both kinds of story compare equal.
 */
export function languageTag(value: string | null | undefined): string | null {
  const primary = value?.trim().split(/[-_]/)[0]?.toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

/** The media kind an IPTC class or media-type names (`ninat:picture`, `Photo`, `image`). */
export function mediaKindOf(value: string | null | undefined): MediaRef['kind'] | 'text' | null {
  const code = codeTail(value)?.toLowerCase();
  if (!code) return null;
  if (code === 'text') return 'text';
  if (['picture', 'photo', 'image'].includes(code)) return 'picture';
  if (['video', 'animation'].includes(code)) return 'video';
  if (code === 'audio') return 'audio';
  if (code === 'graphic') return 'graphic';
  return 'other';
}

export function uniqueStrings(values: (string | null | undefined)[]): string[] {
  const seen = new Set<string>();
  for (const value of values) if (value) seen.add(value);
  return [...seen];
}

/** Media the same file references twice (a message and its package) are recorded once. */
export function uniqueMedia(media: MediaRef[]): MediaRef[] {
  const seen = new Set<string>();
  return media.filter((ref) => {
    const key = `${ref.kind}\u0000${ref.uri ?? ''}\u0000${ref.uri ? '' : (ref.caption ?? '')}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
