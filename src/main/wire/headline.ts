const MAX_HEADLINE = 110;

const MIN_CLAUSE = 40;

/**
 * A headline for copy that has none, from the lead's first sentence. A long lead is cut at its
 * last clause break that fits — wire leads put the news first and the attribution after a
 * comma ("…се развиват успешно, заяви президентът…") — else at a word boundary with an ellipsis.
 */
export function headlineFromLead(lead: string): string {
  const sentence = firstSentence(lead.trim());
  if (sentence.length <= MAX_HEADLINE) return sentence;
  const cut = sentence.slice(0, MAX_HEADLINE);
  const clauseEnd = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf(' – '), cut.lastIndexOf(' — '));
  if (clauseEnd >= MIN_CLAUSE) return cut.slice(0, clauseEnd);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[,;:–-]+$/, '')}…`;
}

function firstSentence(text: string): string {
  for (const end of text.matchAll(/(?<=.)[.!?…](?=\s|$)/gs)) {
    if (end[0] === '.' && !fullStopEnds(text, end.index)) continue;
    return text.slice(0, end.index + 1).replace(/\s+/g, ' ');
  }
  return text.replace(/\s+/g, ' ');
}

/**
 * Abbreviations that stand before a name or a number, so before a capital too: "Dr. Maria",
 * "гр. Пловдив", "ул. Раковски".
 */
const ABBREVIATIONS = new Set([
  ...['dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt'],
  ...['sgt', 'mt', 'no', 'nr', 'vs', 'inc', 'ltd', 'co', 'corp', 'jr', 'sr', 'hr', 'fr'],
  ...['гр', 'ул', 'бул', 'пл', 'кв', 'обл', 'с', 'проф', 'д-р', 'акад', 'доц', 'ген', 'инж'],
  ...['г-н', 'г-жа', 'св', 'им', 'бл', 'вх', 'ап', 'пр', 'т', 'ст', 'чл', 'ал'],
]);

/** Whether the full stop at `at` ends a sentence: not after an abbreviation, initial or ordinal. */
function fullStopEnds(text: string, at: number): boolean {
  const next = /^\s+(\S)/.exec(text.slice(at + 1, at + 8))?.[1];
  if (next === undefined) return true;
  // A lower-case word goes on with the sentence ("3 пр. пункта", "approx. ten").
  if (/\p{Ll}/u.test(next)) return false;
  const written = (/(\S+)$/.exec(text.slice(Math.max(0, at - 24), at))?.[1] ?? '').replace(
    /^[(„“"«'‘]+/,
    '',
  );
  const word = written.toLowerCase();
  // An initial ("J. Smith"); not "2026 г." (the year), which does end its sentence.
  if (/^\p{Lu}$/u.test(written)) return false;
  if (/^(\p{L}\.)+\p{L}$/u.test(word)) return false; // "U.S.", "т.е."
  if (/^\d{1,2}$/.test(word)) return false; // an ordinal: "26. November", "1. FC Köln"
  return !ABBREVIATIONS.has(word);
}

/**
 * A first paragraph short enough and without a full stop reads as a title line; so does a short
 * one ending in "!" or "?" ("Quake hits Chiba!", "Ще има ли избори?"), as headlines do and a
 * lead's sentence seldom is, alone on its line.
 */
export function looksLikeTitle(paragraph: string): boolean {
  const text = paragraph.trim();
  if (text.length === 0 || text.includes('\n')) return false;
  if (/[!?]$/.test(text)) return text.length <= 90 && !/[.!?…]\s/.test(text);
  return text.length <= 150 && !/[.!?…:]$/.test(text);
}
