import { wellCased } from './cyrillic-reading';

/**
 * Whether text decoded in a Latin charset reads as one language that charset is made for.
 *
 * Each Latin charset's upper half holds the accented letters of a group of languages; read in
 * another charset of the group, those bytes become letters of other languages: Latvian "Rīgā
 * šodien" in windows-1252 is "Rîgâ ðodien" (French î, â with Icelandic ð), Polish "Łódź" in
 * windows-1252 "£ódŸ". Real text takes its accented letters from one language, so a reading
 * whose letters no single language of its charset holds is a misreading. On a few words this
 * tells charsets apart where chardet's statistics only guess.
 */
export function readsAsLatinLanguage(text: string, charset: string): boolean {
  if (text.includes('\ufffd') || symbolsInWords(text)) return false;
  const words = text.match(/\p{L}+/gu) ?? [];
  if (words.filter(wellCased).length < words.length * 0.9) return false;
  const accented = new Set(
    text
      .toLowerCase()
      .replace(/\u0307/g, '') // "İ" lower-cased is i and a combining dot
      .match(/[^\p{ASCII}]/gu)
      ?.filter((c) => /\p{L}/u.test(c)) ?? [],
  );
  const languages = LANGUAGES_OF[charset];
  if (!languages) return false;
  return languages.some(
    (language) =>
      [...accented].every((letter) => language.letters.includes(letter)) &&
      !language.never?.test(text),
  );
}

/**
 * Symbols against letters, which Western text does not have and other Latin charsets' letters
 * become in windows-1252: ł → ³, ą → ±, ž → ¾, ś → ¶, š → ¹, ź → ¼.
 */
export function symbolsInWords(text: string): boolean {
  return /\p{L}[¹²³¼½¾±¶¦¬¯¤¥×÷¸¨´]|[¹²³¼½¾±¶¦¬¯¤¥×÷¸¨´]\p{L}/u.test(text);
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
  { letters: 'áéíñóúü' }, // Spanish, Galician
  { letters: 'àáâãçéêíóôõú', never: /[âîÂÎ](?!\p{L})/u }, // Portuguese
  { letters: 'àèéìíîòóù', never: /[îÎ](?!\p{L})/u }, // Italian
  { letters: 'àçèéíïòóúü·' }, // Catalan
  { letters: 'áéèëïóöü' }, // Dutch
  { letters: 'åäöé' }, // Swedish
  { letters: 'æøåéô' }, // Danish, Norwegian
  { letters: 'áðéíóúýþæö' }, // Icelandic
  { letters: 'áðíóúýæø' }, // Faroese
  { letters: 'äöåšž' }, // Finnish
  { letters: 'äõöüšž' }, // Estonian
  { letters: 'çë' }, // Albanian
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
