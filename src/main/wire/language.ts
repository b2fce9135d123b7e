/**
 * A coarse guess of the story's language from its letters: enough to pick quote rules and the
 * spellchecker. Bulgarian, Russian, Ukrainian and Serbian share Cyrillic; ы and э occur in
 * Russian only, і ї є ґ in Ukrainian, ј љ њ ћ in Serbian, and ъ is far more frequent in
 * Bulgarian. Greek and Chinese go by their script; Latin-script text by
 * its small words (latinLanguage), and is left unknown rather than called English.
 */
export function guessLanguage(text: string): string | null {
  // One pass over character codes: this runs for every imported story, and four regular
  // expressions over the same text cost more than the rest of a plain-text import.
  const end = Math.min(text.length, 20_000);
  let cyrillic = 0;
  let latin = 0;
  let greek = 0;
  let han = 0;
  let russianOnly = 0;
  let hardSign = 0;
  let ukrainianOnly = 0;
  let serbianOnly = 0;
  for (let index = 0; index < end; index += 1) {
    const code = text.charCodeAt(index);
    if (code >= 0x0400 && code <= 0x04ff) {
      cyrillic += 1;
      // А–я, the letters of every text, decide by comparisons alone; only the rarer letters
      // outside that range are looked up (this loop runs over every imported story).
      if (code >= 0x0410 && code <= 0x044f) {
        if (code === 0x044b || code === 0x044d || code === 0x042b || code === 0x042d)
          russianOnly += 1; // ы э Ы Э
        else if (code === HARD_SIGN || code === HARD_SIGN_UPPER) hardSign += 1;
      } else if (RUSSIAN_ONLY.has(code)) russianOnly += 1;
      else if (UKRAINIAN_ONLY.has(code)) ukrainianOnly += 1;
      else if (SERBIAN_ONLY.has(code)) serbianOnly += 1;
    } else if (
      (code >= 0x41 && code <= 0x5a) ||
      (code >= 0x61 && code <= 0x7a) ||
      (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)
    ) {
      latin += 1;
    } else if (code >= 0x0370 && code <= 0x03ff) {
      greek += 1;
    } else if (code >= 0x4e00 && code <= 0x9fff) {
      han += 1;
    }
  }
  const most = Math.max(cyrillic, latin, greek, han);
  if (most === 0) return null;
  if (most === greek) return 'el';
  if (most === han) return 'zh';
  if (latin > cyrillic) return latinLanguage(text.slice(0, 3000));
  // Each Cyrillic language by the letters only it uses: a Ukrainian place name in Bulgarian copy
  // is outnumbered by the copy's own ъ, a whole Ukrainian text is not.
  const [language, count] = (
    [
      // Bulgarian first: it wins a tie, as the copy this tool mostly reads.
      ['bg', hardSign],
      ['ru', russianOnly],
      ['uk', ukrainianOnly],
      ['sr', serbianOnly],
    ] as const
  ).reduce((best, next) => (next[1] > best[1] ? next : best));
  return count > 0 ? language : 'bg';
}

/**
 * Function words that are frequent in one language and rare in the others (words two of them
 * share, such as "la", "que", "il", "na" or "to", are left out): the language with the most of
 * them in the text wins.
 */
const LANGUAGE_OF_WORD: ReadonlyMap<string, string> = new Map(
  Object.entries({
    en: 'the and of that was with would said has have are from been were which this',
    de: 'der die das und nicht ist mit dass den dem eine auf hat wird im sich auch nach',
    fr: 'le les des et est une du dans pour pas sur avec au aux qui sont ne mais elle ont été cette leur',
    es: 'el los las y por para dijo según pero fue está muy también sus hay',
    it: 'della che di sono alla è gli nel degli delle anche questo stato più dei sulla',
    pl: 'się że jest w z do ale przez oraz który która także jego już tylko dla',
    // Not "ve": Czech "in" and Turkish "and" alike.
    cs: 'že není jsou pro tak také který která jako podle bylo jeho v',
    tr: 'bir bu için ile olan olarak gibi daha çok ancak göre değil',
  }).flatMap(([language, words]) => words.split(' ').map((word) => [word, language] as const)),
);

function latinLanguage(text: string): string | null {
  const counts = new Map<string, number>();
  for (const word of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) {
    const language = LANGUAGE_OF_WORD.get(word);
    if (language) counts.set(language, (counts.get(language) ?? 0) + 1);
  }
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  // No small word to go by (a headline, a short flash), or a tie: unknown, rather than a
  // confident wrong tag.
  return best && (!second || best[1] > second[1]) ? best[0] : null;
}

/** ы э ё and their capitals. */
const RUSSIAN_ONLY = new Set([...'ыэЫЭёЁ'].map((letter) => letter.charCodeAt(0)));
/** і ї є ґ and their capitals. */
const UKRAINIAN_ONLY = new Set([...'іїєґІЇЄҐ'].map((letter) => letter.charCodeAt(0)));
/** ј љ њ ћ ђ џ and their capitals. */
const SERBIAN_ONLY = new Set([...'јљњћђџЈЉЊЋЂЏ'].map((letter) => letter.charCodeAt(0)));
const HARD_SIGN = 'ъ'.charCodeAt(0);
const HARD_SIGN_UPPER = 'Ъ'.charCodeAt(0);
