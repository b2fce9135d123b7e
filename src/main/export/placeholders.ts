/**
 * Copy-desk placeholders left in text: "TK" (to come) and "XX" (a number to fill in), as whole
 * words in Latin capitals. Cyrillic "ТК" is the Labour Code's abbreviation and is not matched;
 * Latin "XX" is also the Roman numeral of "XX век" (20th century), so it is skipped before a
 * word for century. Other Roman-numeral uses ("XX конгрес") still match: rare, and an editor
 * can dismiss a warning more cheaply than a reader can forgive a "XX души".
 */
const PLACEHOLDER = /(?<![\p{L}\p{N}_])(TK|XX)(?![\p{L}\p{N}_])/gu;
const CENTURY_AFTER =
  /^(?:-?[а-яё]{1,3})?\s+(?:век|века|веке|в\.|вв\.|столетие|столетия|century|centuries)/iu;

/** The distinct placeholders in the text, in order of first appearance. */
export function placeholdersIn(text: string | null | undefined): string[] {
  if (!text) return [];
  const found = new Set<string>();
  for (const match of text.matchAll(PLACEHOLDER)) {
    const after = text.slice(match.index + match[0].length);
    if (match[0] === 'XX' && CENTURY_AFTER.test(after)) continue;
    found.add(match[0]);
  }
  return [...found];
}
