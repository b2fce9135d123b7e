import type { MediaRef } from '../../shared/model';
import { codeTail } from './story-fields';
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

/** Wire versions are counters; anything else (1.2, "v3") is not one Edition can compare. */
export function versionNumber(value: string | null | undefined): number | null {
  if (!value) return null;
  const match = /^\s*(\d{1,9})\s*$/.exec(value);
  return match ? Number(match[1]) : null;
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
