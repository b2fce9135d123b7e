import { detectQuotes } from './detect';
import type { LabelledText } from './__fixtures__/labelled';

export interface Accuracy {
  quotes: { precision: number; recall: number; expected: number; found: number; matched: number };
  speakers: { accuracy: number; correct: number; matched: number };
  misses: string[];
}

/** Precision and recall of quote spans, and the share of matched quotes with the right speaker. */
export function measureAccuracy(set: LabelledText[]): Accuracy {
  let expected = 0;
  let found = 0;
  let matched = 0;
  let correct = 0;
  const misses: string[] = [];
  for (const item of set) {
    const detected = detectQuotes(item.text, item.language);
    expected += item.quotes.length;
    found += detected.length;
    for (const label of item.quotes) {
      const hit = detected.find((quote) => quote.text.startsWith(label.opening));
      if (!hit) {
        misses.push(`missed: ${label.opening}`);
        continue;
      }
      if (label.quoted !== undefined && hit.text !== label.quoted) {
        misses.push(`text of "${label.opening}": expected ${label.quoted}, got ${hit.text}`);
        continue;
      }
      matched += 1;
      if (hit.speaker === label.speaker) correct += 1;
      else
        misses.push(`speaker of "${label.opening}": expected ${label.speaker}, got ${hit.speaker}`);
    }
  }
  const ratio = (a: number, b: number) => (b === 0 ? 1 : Math.round((a / b) * 1000) / 1000);
  return {
    quotes: {
      precision: ratio(matched, found),
      recall: ratio(matched, expected),
      expected,
      found,
      matched,
    },
    speakers: { accuracy: ratio(correct, matched), correct, matched },
    misses,
  };
}
