import { SOH, STX, firstSignificant } from './control-framed';
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
  sniff: (bytes) => {
    const start = firstSignificant(bytes, false);
    if (bytes[start] !== SOH.charCodeAt(0)) return false;
    // The header is short: its STX comes within the first lines.
    return bytes.subarray(start, start + 2048).includes(STX.charCodeAt(0));
  },
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
