import { wellCased } from './cyrillic-reading';

/**
 * How many languages a text decoded in a Latin charset needs for its accented letters: 0 for
 * none, 1 or 2, or Infinity when a word holds letters no one language of the charset has, or
 * the reading holds what text does not (unreadable bytes, C1 controls, symbols inside words,
 * words of random case).
 *
 * Each Latin charset's upper half holds the accented letters of a group of languages; read in
 * another charset of the group, those bytes become letters of other languages: Latvian "Rīgā
 * šodien Saeima pieņēma" in windows-1252 is "Rîgâ ðodien Saeima pieòçma" (French, Icelandic and
 * Catalan words), Polish "rząd" is "rz¹d". A word takes its letters from one language, and a
 * story from one, or two where it names people and places of another ("Ødegaard à Londres");
 * so a reading that needs more is a misreading. On a few words this tells charsets apart where
 * chardet's statistics only guess.
 */
export function languagesNeeded(text: string, charset: string): number {
  const languages = LANGUAGES_OF[charset];
  if (!languages || /[\ufffd\u0080-\u009f]/.test(text) || symbolsInWords(text)) return Infinity;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.filter(wellCased).length < words.length * 0.9) return Infinity;
  // For each word with accented letters, the languages that write it.
  const writers: Set<Language>[] = [];
  for (const word of words) {
    const accented = word
      .toLowerCase()
      .replace(/\u0307/g, '') // "İ" lower-cased is i and a combining dot
      .match(/[^\p{ASCII}]/gu);
    if (!accented) continue;
    const fitting = languages.filter(
      (language) =>
        accented.every((letter) => language.letters.includes(letter)) &&
        !language.never?.test(word),
    );
    if (fitting.length === 0) return Infinity;
    writers.push(new Set(fitting));
  }
  if (writers.length === 0) return 0;
  const coversAll = (...chosen: Language[]) =>
    writers.every((fitting) => chosen.some((language) => fitting.has(language)));
  if (languages.some((language) => coversAll(language))) return 1;
  const pairs = languages.flatMap((first, index) =>
    languages.slice(index + 1).map((second) => [first, second] as const),
  );
  return pairs.some(([first, second]) => coversAll(first, second)) ? 2 : Infinity;
}

/**
 * Symbols against letters, which Western text does not have and other Latin charsets' letters
 * become in windows-1252: ł → ³, ą → ±, ž → ¾, ś → ¶, š → ¹, ź → ¼.
 */
export function symbolsInWords(text: string): boolean {
  const withoutUnits = text.replace(/(?<!\p{L})[kcdm]?m[²³](?!\p{L})/gu, ' '); // m², km², cm³
  return /\p{L}[¹²³¼½¾±¶¦¬¯¤¥×÷¸¨´]|[¹²³¼½¾±¶¦¬¯¤¥×÷¸¨´]\p{L}/u.test(withoutUnits);
}

interface Language {
  /** Its letters beyond ASCII, lower case. */
  letters: string;
  /** What it never writes, although its letters are there. */
  never?: RegExp;
}

/** Languages of Western Europe (windows-1252, ISO-8859-1 and -15). */
const WESTERN: Language[] = [
  // French (æ only in Latin words: "vitæ"); â and î never end its words, as ā and ī end
  // Latvian ones ("Rīgā" is "Rîgâ" in windows-1252).
  { letters: 'àâçéèêëîïôœùûüÿ', never: /[âîÂÎ](?!\p{L})/u },
  { letters: 'äöüßé' }, // German
  { letters: 'áéíñóúüºª' }, // Spanish, Galician (º and ª: "nº", "2ª")
  { letters: 'àáâãçéêíóôõúºª', never: /[âîÂÎ](?!\p{L})/u }, // Portuguese
  { letters: 'àèéìíîòóùºª', never: /[îÎ](?!\p{L})/u }, // Italian
  { letters: 'àçèéíïòóúü·' }, // Catalan
  { letters: 'áéèëïóöü' }, // Dutch
  { letters: 'åäöé' }, // Swedish
  { letters: 'æøåéô' }, // Danish, Norwegian
  { letters: 'áðéíóúýþæö' }, // Icelandic
  { letters: 'áðíóúýæø' }, // Faroese
  { letters: 'äöåšž' }, // Finnish
  { letters: 'äõöüšž' }, // Estonian
  { letters: 'çë' }, // Albanian
  { letters: 'áéíóšúýž' }, // Czech and Slovak names as Western copy writes them ("Tomáš")
];

/** Languages of Central Europe (windows-1250, ISO-8859-2); German and Albanian too. */
const CENTRAL: Language[] = [
  { letters: 'ąćęłńóśźż' }, // Polish
  { letters: 'áčďéěíňóřšťúůýž' }, // Czech
  { letters: 'áäčďéíĺľňóôŕšťúýž' }, // Slovak
  { letters: 'áéíóöőúüű' }, // Hungarian
  { letters: 'čćđšž' }, // Croatian, Bosnian, Serbian in Latin letters
  { letters: 'čšž' }, // Slovenian
  { letters: 'ăâîşţ' }, // Romanian (cedilla forms: the only ones these charsets have)
  { letters: 'äöüßé' }, // German
  { letters: 'çë' }, // Albanian
];

/** Turkish (windows-1254, ISO-8859-9); ğ never begins a word. */
const TURKISH: Language[] = [{ letters: 'çğıöşüâîû', never: /(?<!\p{L})[ğĞ]/u }];

/** Languages of the Baltic (windows-1257, ISO-8859-13 and -4). */
const BALTIC: Language[] = [
  { letters: 'āčēģīķļņšūž' }, // Latvian
  { letters: 'ąčęėįšųūž' }, // Lithuanian
  { letters: 'äõöüšž' }, // Estonian
];

const LANGUAGES_OF: Record<string, Language[]> = {
  'windows-1252': WESTERN,
  'iso-8859-1': WESTERN,
  'iso-8859-15': WESTERN,
  'windows-1250': CENTRAL,
  'iso-8859-2': CENTRAL,
  'windows-1254': TURKISH,
  'iso-8859-9': TURKISH,
  'windows-1257': BALTIC,
  'iso-8859-13': BALTIC,
  'iso-8859-4': BALTIC,
};

/** The Latin charsets other than Western that detection tries, in this order, after chardet's. */
export const OTHER_LATIN = [
  'windows-1250',
  'iso-8859-2',
  'windows-1257',
  'iso-8859-13',
  'windows-1254',
  'iso-8859-9',
];
