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
 * Lower-case words inside a name ("Урсула фон дер Лайен", "Шарл дьо Гол", "Ludwig van
 * Beethoven"): kept in a speaker's name when a capitalised part follows them.
 */
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
];

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
