import { SOH, firstSignificant } from './control-framed';
import { framedStories, type FramedHeader } from './framed-story';
import type { BytesImporter } from './registry';
import { urgencyOf } from './story-fields';

/**
 * IPTC 7901 text wires (dpa, KNA, APA, BTA and most European agencies' classic feeds):
 *
 *   SOH bkn014 4 pl 171 vvvvb KNA …      source+number, priority, category, word count, extras
 *   Bundestag/Kinder                      keyword (slugline)
 *   STX Kinderkommission: …=              text; the headline line ends in "="
 *   ETX 171423 Jan 17 EOT                 transmission day, time, month, year
 *
 * A file may hold several messages.
 */
export const iptc7901Importer: BytesImporter = {
  format: 'iptc7901',
  // A file that opens with SOH is a framed wire message, with its STX or without one (cut off):
  // read as plain text, its header came in as a story of codes.
  sniff: (bytes) => bytes[firstSignificant(bytes, false)] === SOH.charCodeAt(0),
  parse: (bytes) =>
    framedStories(bytes, 'iptc7901', readHeader, 'the IPTC 7901 file holds no message text'),
};

function readHeader(header: string): FramedHeader {
  const lines = header
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  // Source and number, priority, category, word count, optional fields.
  const [, priority, category] = (lines[0] ?? '').split(' ');
  return {
    slugline: lines.slice(1).join(' ') || null,
    urgency: urgencyOf(priority),
    subjects: category && /^[\p{L}]{1,3}$/u.test(category) ? [category] : [],
  };
}
