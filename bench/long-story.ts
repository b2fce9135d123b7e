/** The editor benchmark's long story: 200 paragraphs of 50 words, 10,000 words in all. */
export const PARAGRAPHS = 200;
export const WORDS_PER_PARAGRAPH = 50;

const WORDS =
  'правителството обсъди днес бюджета за следващата година министърът представи параметрите'.split(
    ' ',
  );

/** The words of paragraph `p` (the same story every run). */
export function paragraphWords(p: number): string[] {
  return Array.from({ length: WORDS_PER_PARAGRAPH }, (_, w) => WORDS[(p * 7 + w) % WORDS.length]!);
}

/** The paragraph's last word: once it is on screen, the whole story is. */
export const paragraphEnd = (p: number): string => `абзац${p}.`;
