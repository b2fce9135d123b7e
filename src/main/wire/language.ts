/**
 * A coarse guess of the story's language from its letters: enough to pick quote rules and the
 * spellchecker. Bulgarian and Russian share Cyrillic; ы and э occur in Russian only, ъ is
 * far more frequent in Bulgarian.
 */
export function guessLanguage(text: string): string | null {
  const sample = text.slice(0, 20_000);
  const cyrillic = countMatches(sample, /[\u0400-\u04FF]/g);
  const latin = countMatches(sample, /[A-Za-z]/g);
  if (cyrillic === 0 && latin === 0) return null;
  if (latin > cyrillic) return 'en';
  const russianOnly = countMatches(sample, /[ыэЫЭёЁ]/g);
  const hardSign = countMatches(sample, /[ъЪ]/g);
  return russianOnly > hardSign ? 'ru' : 'bg';
}

function countMatches(text: string, pattern: RegExp): number {
  return text.match(pattern)?.length ?? 0;
}
