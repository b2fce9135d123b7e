import { parseWireDate } from './dates';

/**
 * A message forwarded inline: an editor or a correspondent passes on an agency's mail, and the
 * client writes the original's sender, date and subject in a block above its text:
 *
 *   ---------- Forwarded message ---------      (Gmail; "Препратено съобщение" in Bulgarian)
 *   From: BTA Newsroom <news@bta.bg>
 *   Date: Sat, 14 Mar 2026 at 08:30
 *   Subject: Sofia metro line opens
 *   To: <desk@24chasa.bg>
 *
 * Outlook writes "-----Original Message-----" or a rule of underscores, Apple Mail "Begin
 * forwarded message:", Thunderbird "-------- Forwarded Message --------". The story is the
 * original: its sender, time and subject, and the text below the block; what the forwarder
 * wrote above it is a note to the desk.
 */
export interface ForwardedHeader {
  from: string | null;
  date: string | null;
  subject: string | null;
}

export interface Forward {
  /** The line (or block) of the marker: what stands before it is the forwarder's note. */
  at: number;
  /** The first line (or block) of the original's text, after its header lines. */
  bodyAt: number;
  header: ForwardedHeader;
}

// Lookaheads, not \b: JavaScript's word boundary knows only ASCII letters.
const MARKER =
  /^\s*(?:-{2,}\s*(?:forwarded message|forwarded e-?mail|original message|препратено (?:съобщение|писмо)|оригинално (?:съобщение|писмо)|пересланное сообщение|исходное сообщение|weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine)\s*-*|begin forwarded message\s*:|начало на препратеното (?:съобщение|писмо)\s*:?|_{20,})\s*$/iu;

/** Header names as clients write them in the newsroom's languages, and what each gives. */
const FIELDS = new Map<string, keyof ForwardedHeader | null>([
  ...['from', 'от', 'von', 'de', 'от кого'].map((name) => [name, 'from'] as const),
  ...['date', 'sent', 'дата', 'изпратено', 'отправлено', 'gesendet', 'datum', 'envoyé'].map(
    (name) => [name, 'date'] as const,
  ),
  ...['subject', 'тема', 'betreff', 'objet'].map((name) => [name, 'subject'] as const),
  ...['to', 'до', 'кому', 'an', 'à', 'cc', 'копие', 'reply-to'].map(
    (name) => [name, null] as const,
  ),
]);

/** How far down a message the forward block may start: below the forwarder's note. */
const MARKER_WITHIN = 40;

/**
 * The forward block among `lines` (a plain-text body's lines, or an HTML body's paragraphs),
 * or null. The marker needs header lines under it: a rule of underscores alone is no forward.
 */
export function findForward(lines: string[]): Forward | null {
  const at = lines.findIndex((line, index) => index < MARKER_WITHIN && MARKER.test(line));
  if (at < 0) return null;
  const header: ForwardedHeader = { from: null, date: null, subject: null };
  let index = at + 1;
  while (index < lines.length && lines[index]!.trim() === '') index += 1; // Apple Mail's blank
  let fields = 0;
  for (; index < lines.length; index += 1) {
    const line = /^\s*([^:]{1,20}?)\s*:\s*(.*)$/u.exec(lines[index]!);
    const field = line ? FIELDS.get(line[1]!.toLowerCase()) : undefined;
    if (field === undefined) break;
    fields += 1;
    if (field && header[field] === null) header[field] = line![2]!.trim() || null;
  }
  return fields >= 2 ? { at, bodyAt: index, header } : null;
}

/** "BTA Newsroom <news@bta.bg>", "BTA [mailto:news@bta.bg]", "news@bta.bg" → who sent it. */
export function senderName(from: string | null): string | null {
  if (!from) return null;
  const name = from
    .replace(/<[^>]*>|\[mailto:[^\]]*\]/gi, '')
    .replace(/^["'\s]+|["'\s]+$/g, '')
    .trim();
  return name || /[^\s<>[\]]+@[^\s<>[\]]+/.exec(from)?.[0] || null;
}

const ZONE_AT_END =
  /(?:[+-]\d{2}:?\d{2}|(?<![\p{L}])(?:UTC|GMT|Z|[ECMP][SD]T|EES?T|CES?T|MSK|BST))\s*\)?$/u;

/**
 * The original's time. Clients write it in the forwarder's own zone and mostly without saying
 * which ("Sat, 14 Mar 2026 at 08:30"): that is the zone of the forward's own Date header.
 */
export function forwardedTime(date: string | null, outerDateHeader: string | null): string | null {
  if (!date) return null;
  const text = date.replace(/(?<=\d{4},?)\s+(?:at|um|à|в)\s+/iu, ' ').trim();
  const read = parseWireDate(text);
  if (!read || ZONE_AT_END.test(text)) return read;
  const offset = /([+-])(\d{2}):?(\d{2})\s*(?:\([^)]*\))?\s*$/.exec(outerDateHeader ?? '');
  if (!offset) return read;
  const minutes = (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]));
  return new Date(Date.parse(read) - minutes * 60_000).toISOString();
}
