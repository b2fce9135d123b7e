/**
 * A coarse guess of the story's language from its letters: enough to pick quote rules and the
 * spellchecker. Bulgarian and Russian share Cyrillic; ы and э occur in Russian only, ъ is
 * far more frequent in Bulgarian.
 */
export function guessLanguage(text: string): string | null {
  // One pass over character codes: this runs for every imported story, and four regular
  // expressions over the same text cost more than the rest of a plain-text import.
  const end = Math.min(text.length, 20_000);
  let cyrillic = 0;
  let latin = 0;
  let russianOnly = 0;
  let hardSign = 0;
  for (let index = 0; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x0400 && code <= 0x04ff) {
      cyrillic += 1;
      if (RUSSIAN_ONLY.has(code)) russianOnly += 1;
      else if (code === HARD_SIGN || code === HARD_SIGN_UPPER) hardSign += 1;
    } else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) {
      latin += 1;
    }
  }
  if (cyrillic === 0 && latin === 0) return null;
  if (latin > cyrillic) return 'en';
  return russianOnly > hardSign ? 'ru' : 'bg';
}

/** ы э ё and their capitals. */
const RUSSIAN_ONLY = new Set([...'ыэЫЭёЁ'].map((letter) => letter.charCodeAt(0)));
const HARD_SIGN = 'ъ'.charCodeAt(0);
const HARD_SIGN_UPPER = 'Ъ'.charCodeAt(0);
