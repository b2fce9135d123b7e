/** Words that introduce or follow direct speech, per language. Lower case; matched as whole words. */
export const SPEECH_VERBS: Record<'bg' | 'ru' | 'en', string[]> = {
  bg: [
    'каза',
    'казва',
    'заяви',
    'заявява',
    'добави',
    'добавя',
    'отбеляза',
    'отбелязва',
    'обобщи',
    'посочи',
    'посочва',
    'подчерта',
    'подчертава',
    'съобщи',
    'допълни',
    'обяви',
    'коментира',
    'увери',
    'призова',
    'уточни',
    'изтъкна',
    'заключи',
    'сподели',
    'попита',
    'отговори',
    'написа',
    // Said by an institution ("заявиха от МВнР").
    'казаха',
    'заявиха',
    'съобщиха',
    'добавиха',
    'посочиха',
    'уточниха',
    'обявиха',
    'коментираха',
    'обясни',
    'припомни',
    'настоя',
    'предупреди',
    'изрази',
    'цитира',
  ],
  ru: [
    'сказал',
    'сказала',
    'заявил',
    'заявила',
    'отметил',
    'отметила',
    'добавил',
    'добавила',
    'подчеркнул',
    'подчеркнула',
    'сообщил',
    'сообщила',
    'пояснил',
    'пояснила',
    'считает',
    'уточнил',
    'уточнила',
    'признал',
    'признала',
    'ответил',
    'ответила',
    'написал',
    'написала',
    // Said by an institution ("сказали в МИД России").
    'сказали',
    'заявили',
    'отметили',
    'добавили',
    'сообщили',
    'пояснили',
    'уточнили',
    'ответили',
    'написали',
  ],
  en: [
    'said',
    'says',
    'told',
    'added',
    'adds',
    'stated',
    'noted',
    'explained',
    'declared',
    'insisted',
    'warned',
    'wrote',
    'asked',
    'replied',
    'argued',
    'claimed',
    'announced',
  ],
};

/** Prepositional cues before a speaker: "Според руския лидер …", "по словам Путина", "according to". */
export const ACCORDING_TO: Record<'bg' | 'ru' | 'en', string[]> = {
  bg: ['според', 'по думите на'],
  ru: ['по словам', 'по мнению', 'как сказал', 'как сказала'],
  en: ['according to'],
};

/**
 * A noun that names a body, not a person, in the forms copy writes it ("Министерството на
 * финансите", "Световната здравна организация", "the Ministry of Defence", "World Health
 * Organization"): quote speakers and ClaimReview's author types read bodies by it. Whole words
 * with their Bulgarian and Russian endings, so that "съветник" or "officer" (a person's post)
 * is none.
 */
const BODY_WORD =
  /^(?:министерств[оа]\p{L}*|агенци[яи]\p{L}*|комиси[яи]\p{L}*|прокуратур[аы]\p{L}*|организаци[яи]\p{L}*|правителств[оа]\p{L}*|правительств[оа]\p{L}*|ведомств[оа]\p{L}*|пресс?-?служб[аиые]\p{L}*|пресцент[ъa]р\p{L}*|служб[аи]\p{L}*|банк[аи]\p{L}*|съвет(?:ът|а)?|полици[яи]\p{L}*|organi[sz]ations?|ministry|ministries|commission|council|agency|bank|union|department|office|institute|committee|court|parliament|government|police)$/iu;

export function isBodyWord(word: string): boolean {
  return BODY_WORD.test(word.replace(/[,.;:!?]+$/u, ''));
}

/** The languages quotes are read by rules of their own. */
export type QuoteLanguage = 'bg' | 'ru' | 'en';

export const PRONOUNS: Record<'bg' | 'ru' | 'en', string[]> = {
  bg: ['той', 'тя', 'те'],
  ru: ['он', 'она', 'они'],
  en: ['he', 'she', 'they'],
};

/** Every pronoun of every language: a pronoun is a whole speaker phrase. */
export const ALL_PRONOUNS: ReadonlySet<string> = new Set(Object.values(PRONOUNS).flat());

/** Who a pronoun can stand for: a woman, a man (plural ones: anyone). */
export const PRONOUN_GENDER: Record<string, 'f' | 'm'> = {
  тя: 'f',
  она: 'f',
  she: 'f',
  той: 'm',
  он: 'm',
  he: 'm',
};

/**
 * First names common in English-language news whose gender is beyond doubt, lower case: a "he"
 * after "Jane Smith" is not Jane Smith. Names borne by both (Alex, Jordan, Sam) are left out:
 * unknown, the pronoun keeps the speaker it would have had.
 */
export const GIVEN_NAME_GENDER: ReadonlyMap<string, 'f' | 'm'> = new Map([
  ...[
    'anna',
    'angela',
    'ann',
    'anne',
    'barbara',
    'catherine',
    'christine',
    'claire',
    'diana',
    'elizabeth',
    'ellen',
    'emily',
    'emma',
    'giorgia',
    'hillary',
    'helen',
    'jacinda',
    'jane',
    'janet',
    'jennifer',
    'jessica',
    'jill',
    'julia',
    'kaja',
    'kamala',
    'karen',
    'kate',
    'katherine',
    'kristalina',
    'laura',
    'linda',
    'liz',
    'margaret',
    'maria',
    'marine',
    'mary',
    'melania',
    'michelle',
    'nancy',
    'nicola',
    'olena',
    'rachel',
    'roberta',
    'sanna',
    'sarah',
    'susan',
    'theresa',
    'ursula',
    'victoria',
    'yulia',
  ].map((name) => [name, 'f'] as const),
  ...[
    'andrew',
    'antony',
    'anthony',
    'boris',
    'charles',
    'christopher',
    'daniel',
    'david',
    'donald',
    'emmanuel',
    'friedrich',
    'george',
    'james',
    'jens',
    'joe',
    'john',
    'joseph',
    'justin',
    'keir',
    'kevin',
    'mark',
    'matthew',
    'michael',
    'mike',
    'narendra',
    'olaf',
    'paul',
    'peter',
    'richard',
    'rishi',
    'robert',
    'sergei',
    'sergey',
    'steven',
    'thomas',
    'viktor',
    'vladimir',
    'volodymyr',
    'william',
    'xi',
  ].map((name) => [name, 'm'] as const),
]);

/** Words that make a lower-case phrase a description of a person ("руският президент"). */
export const ROLE_WORDS = [
  'президент',
  'премиер',
  'министър',
  'министр',
  'лидер',
  'кмет',
  'говорител',
  'председател',
  'депутат',
  'посланик',
  'посол',
  'комисар',
  'комиссар',
  'генерал',
  'канцлер',
  'губернатор',
  'мэр',
  'глава',
  'спикер',
  'president',
  'prime minister',
  'minister',
  'leader',
  'mayor',
  'spokesman',
  'spokeswoman',
  'spokesperson',
  'chancellor',
  'governor',
  'chairman',
  'chairwoman',
  'ambassador',
  'commissioner',
];

/**
 * Honorifics written before a name, with a full stop or without ("Dr. Anna Lee", "Mr Smith",
 * "проф. Иванов", "г-н Петров"): part of how the copy names the speaker, not of the name.
 */
export const HONORIFICS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'prof',
  'sir',
  'dame',
  'проф',
  'акад',
  'доц',
  'д-р',
  'г-н',
  'г-жа',
  'г-ца',
  'инж',
  'арх',
]);

/** Titles abbreviated with a full stop, besides honorifics: "Gen. Smith", "Sen. Jones". */
export const ABBREVIATED_TITLES = [
  ...HONORIFICS,
  'gen',
  'sen',
  'rep',
  'gov',
  'lt',
  'col',
  'capt',
  'sgt',
  'rev',
  'hon',
  'ген',
  // "зам.-министърът": a deputy minister, not a speaker called "зам".
  'зам',
];

/**
 * Lower-case words inside a name ("Урсула фон дер Лайен", "Шарл дьо Гол", "Ludwig van
 * Beethoven"): kept in a speaker's name when a capitalised part follows them.
 */
export const NAME_PARTICLES = new Set([
  'фон',
  'дер',
  'дьо',
  'де',
  'ди',
  'да',
  'дел',
  'ван',
  'бин',
  'ибн',
  'аль',
  'von',
  'van',
  'der',
  'den',
  'de',
  'di',
  'da',
  'du',
  'del',
  'la',
  'le',
  'bin',
  'ibn',
  'al',
]);

/** Opening and closing marks; the straight double quote opens and closes. */
export const QUOTE_PAIRS: [open: string, close: string][] = [
  ['„', '“'],
  ['„', '”'],
  ['«', '»'],
  ['“', '”'],
  ['"', '"'],
];
