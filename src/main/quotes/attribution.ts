import {
  ABBREVIATED_TITLES,
  ACCORDING_TO,
  ALL_PRONOUNS,
  isBodyWord,
  NAME_PARTICLES,
  ROLE_WORDS,
  SPEECH_VERBS,
  type QuoteLanguage as Language,
} from './lexicon';
import type { QuoteSpan } from './spans';

/**
 * Where a quote says who said it: the attribution after it (", каза Путин", "," Smith said")
 * or before it ("Путин заяви: „…“", "Според руския лидер „…“"), cut to the speaker's phrase.
 * Who that phrase stands for is speaker-resolve.ts's.
 */

export interface Attribution {
  cue: string;
  phrase: string;
}

/**
 * A word of a speaker's phrase. ABBREVIATION_DOT stands for the full stop of an abbreviation
 * ("Dr.", "U.S.", "проф."): the phrase reads through it (it was cut at "Dr", "U", "проф").
 */
const WORD = String.raw`[\p{L}'’\u2024-]+`;
const ABBREVIATION_DOT = '\u2024';
const TITLE_DOT = new RegExp(`(?<![\\p{L}-])(?:${ABBREVIATED_TITLES.join('|')})\\.`, 'giu');
/**
 * Initials in a row ("U.S.", "J.R."): a capital and a full stop alone ends a sentence as often
 * ("Plan B. Officials said …") and is left to do so.
 */
const INITIALS = /(?<!\p{L})\p{Lu}\.(?:\s?\p{Lu}\.)+/gu;

/** The text with abbreviations' full stops as ABBREVIATION_DOT: the same length, offsets hold. */
function withAbbreviationsKept(text: string): string {
  const keep = (dotted: string) => `${dotted.slice(0, -1)}${ABBREVIATION_DOT}`;
  return text
    .replace(TITLE_DOT, keep)
    .replace(INITIALS, (initials) => initials.replaceAll('.', ABBREVIATION_DOT));
}

/** A phrase as the copy writes it again: abbreviations with their full stops. */
function asWritten(attribution: Attribution | null): Attribution | null {
  return (
    attribution && { ...attribution, phrase: attribution.phrase.replaceAll(ABBREVIATION_DOT, '.') }
  );
}

/**
 * Words that end a speaker phrase: relative clauses and places/times after the name. Lower case
 * only: "the WHO" is an organisation, "who" starts a clause.
 */
const PHRASE_STOP =
  /^(който|която|които|което|докато|след|пред|във|в|при|за|от|с|със|по|през|который|которая|на|после|who|which|in|at|on|during|after|before|to|from|while)$/u;

function verbPattern(lang: Language): string {
  return `(${SPEECH_VERBS[lang].join('|')})`;
}

/** `", каза Путин"`, `", заяви още Путин"`, `," Smith said`, `", she told reporters`. */
export function attributionAfter(
  text: string,
  span: QuoteSpan,
  lang: Language,
): Attribution | null {
  return asWritten(
    readAfter(
      withAbbreviationsKept(text.slice(span.close + 1, paragraphEnd(text, span.close))),
      lang,
    ),
  );
}

function readAfter(after: string, lang: Language): Attribution | null {
  // `"…". Next sentence` — the sentence ended with the quote: what follows is its attribution
  // only when it says so ("Това каза министърът …", "Об этом заявил …").
  const ended = /^\s*[.!?…]/.test(after);
  if (ended && !BACK_REFERENCE[lang]) return null;
  // `"…" – това заяви премиерът`: the pointer back at the quote also follows a dash or comma.
  const pointer = BACK_REFERENCE[lang] ? `(?:(?:${BACK_REFERENCE[lang]})\\s+(?:е\\s+)?)?` : '';
  const verbFirst = new RegExp(
    ended
      ? `^\\s*[.!?…]\\s*(?:${BACK_REFERENCE[lang]})\\s+(?:е\\s+)?${verbPattern(lang)}(\\s+(?:още|также|ещё|еще))?\\s+(${WORD}(?:\\s+${WORD}){0,9})`
      : `^\\s*[,.!?…]?\\s*[-–—]?\\s*${pointer}${verbPattern(lang)}(\\s+(?:още|также|ещё|еще))?\\s+(${WORD}(?:\\s+${WORD}){0,9})`,
    'iu',
  ).exec(after);
  if (verbFirst) {
    // "сказали в МИД России", "заявиха от МВнР": a plural verb and an institution after в/от.
    const institution =
      /(?:ли|ха)$/u.test(verbFirst[1]!) && INSTITUTION_AFTER_PLURAL.exec(verbFirst[3]!);
    const body = institution && speakerPhrase(verbFirst[3]!.slice(institution[0].length), true);
    if (body) return { cue: verbFirst[1]!.toLowerCase(), phrase: body };
    const words = afterCircumstances(verbFirst[3]!, lang);
    const phrase =
      officeReference(words.split(/\s+/), lang)?.phrase ??
      namedAfterOffice(words) ??
      namedAfterTitle(words.split(/\s+/)) ??
      speakerPhrase(words, true);
    if (phrase) return { cue: `${verbFirst[1]}${verbFirst[2] ?? ''}`.toLowerCase(), phrase };
  }
  if (ended) return null;
  const speakerFirst = new RegExp(
    `^\\s*[,.!?…]?\\s*[-–—]?\\s*(${WORD}(?:\\s+${WORD}){0,6}?)\\s+${verbPattern(lang)}\\b`,
    'iu',
  ).exec(after);
  if (speakerFirst) {
    const words = speakerFirst[1]!.split(/\s+/);
    const phrase =
      wholeOfficeReference(speakerFirst[1]!, lang) ??
      (words.length <= 4 ? speakerPhrase(speakerFirst[1]!) : null) ??
      // "U.S. Secretary of State Antony Blinken said": the name that ends the words, whole.
      nameAtEnd(words);
    if (phrase) return { cue: speakerFirst[2]!.toLowerCase(), phrase };
  }
  // `"…," according to Christine Lagarde`, `„…“, според Лагард`: the cue that usually opens a
  // sentence may follow the quote too, and without it such a quote had no speaker at all.
  const according = new RegExp(
    `^\\s*,?\\s*[-–—]?\\s*(${ACCORDING_TO[lang].join('|')})\\s+(${WORD}(?:\\s+${WORD}){0,5})`,
    'iu',
  ).exec(after);
  if (according) {
    const phrase = speakerPhrase(according[2]!, true);
    if (phrase) return { cue: according[1]!.toLowerCase(), phrase };
  }
  return null;
}

/** `Путин заяви: „…“`, `Според руския лидер „…“`, `According to the minister, "…"`. */
export function attributionBefore(
  text: string,
  span: QuoteSpan,
  lang: Language,
): Attribution | null {
  return asWritten(
    readBefore(withAbbreviationsKept(text.slice(paragraphStart(text, span.open), span.open)), lang),
  );
}

function readBefore(before: string, lang: Language): Attribution | null {
  const according = new RegExp(
    `(?:^|[\\s(])(${ACCORDING_TO[lang].join('|')})\\s+(${WORD}(?:\\s+${WORD}){0,4})\\s*,?\\s*$`,
    'iu',
  ).exec(before);
  if (according) return { cue: according[1]!.toLowerCase(), phrase: according[2]! };
  const sentence = before.split(/(?<=[.!?…])\s+/).pop() ?? before;
  // A name set off by commas before its verb: "The governor, Maria Lopez, said: …". Only a
  // name, whole: a clause between commas ("Smith, speaking to Reuters, said") is not a speaker.
  const appositive = new RegExp(
    `,\\s*(${WORD}(?:\\s+${WORD}){1,4}),\\s+${verbPattern(lang)}(?:\\s+(?:още|также))?[^.!?]{0,60}?[:,]?\\s*$`,
    'iu',
  ).exec(sentence);
  if (appositive) {
    const words = appositive[1]!.split(/\s+/);
    if (nameLength(words, 0, () => false) === words.length)
      return { cue: appositive[2]!.toLowerCase(), phrase: appositive[1]! };
  }
  const spoken = new RegExp(
    `(${WORD}(?:\\s+${WORD}){0,3}?)\\s+${verbPattern(lang)}(?:\\s+(?:още|также))?[^.!?]{0,60}?[:,]?\\s*$`,
    'iu',
  ).exec(sentence);
  if (spoken) {
    // "Председателят на парламента Росен Желязков заяви": the office and its complement may
    // take more words before the verb than a plain speaker phrase does.
    const head = sentence.slice(0, spoken.index + spoken[1]!.length).split(/\s+/);
    let office: string | null = null;
    for (let from = Math.max(0, head.length - 8); from < head.length && !office; from += 1)
      office = wholeOfficeReference(head.slice(from).join(' '), lang);
    const phrase = office ?? speakerPhrase(spoken[1]!);
    if (phrase) return { cue: spoken[2]!.toLowerCase(), phrase };
  }
  // `According to Reuters, the plan "will save …"`: the source opens the sentence and the
  // quote comes later in it, with no one else said to speak between.
  const source = new RegExp(
    `^\\s*(${ACCORDING_TO[lang].join('|')})\\s+(${WORD}(?:\\s+${WORD}){0,4}),\\s[^.!?:;]{0,80}$`,
    'iu',
  ).exec(sentence);
  if (source) {
    const phrase = speakerPhrase(source[2]!);
    if (phrase) return { cue: source[1]!.toLowerCase(), phrase };
  }
  return null;
}

const OFFICE_WORDS = ROLE_WORDS.filter((role) => !role.includes(' '));
const isOffice = (word: string): boolean =>
  OFFICE_WORDS.some((role) => word.toLowerCase().startsWith(role));
const NAME_PART = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** Bulgarian adjectives before the noun of an office's complement ("Народното събрание"). */
const BG_ADJECTIVE = /(?:ите|ото|ата|ия|ен|ски)$/u;
/** Russian words that are not an office's genitive complement: dative and instrumental ends. */
const RU_NOT_GENITIVE = /(?:ам|ям|ом|ем|ми)$/u;

/**
 * An office with its complement, and the name after it where one is given: "министърът на
 * финансите Асен Василев" is Асен Василев; without a name the office is the speaker whole —
 * "министърът на финансите", "председателят на Народното събрание", "the minister of defence",
 * "министр иностранных дел России" (not "министърът", nor "иностранных дел России"). Only an
 * office with a complement ("на"/"of"/"for", or a Russian genitive) is read here; `consumed` is how
 * many of the words it took.
 */
function officeReference(
  raw: string[],
  lang: Language,
): { phrase: string; consumed: number } | null {
  const words = raw.map((word) => word.replace(/[,.;:!?]+$/u, ''));
  const ended = (index: number) => raw[index]! !== words[index]!; // punctuation after the word
  let at = 0;
  if (lang === 'en' && /^the$/i.test(words[at] ?? '')) at += 1;
  // One modifier before the office: "finance minister", "финансовият министър".
  if (words[at] && !isOffice(words[at]!) && words[at + 1] && isOffice(words[at + 1]!)) at += 1;
  if (!words[at] || !isOffice(words[at]!) || ended(at)) return null;
  at += 1;
  const complementStart = at;
  const take = (index: number) => Boolean(words[index]) && !PHRASE_STOP.test(words[index]!);
  if (lang === 'ru') {
    while (
      at - complementStart < 3 &&
      take(at) &&
      /^\p{Ll}/u.test(words[at]!) &&
      !RU_NOT_GENITIVE.test(words[at]!) &&
      !ended(at - 1)
    )
      at += 1;
    // An organisation in the genitive ("председатель Госдумы"), unless it starts the name.
    const capitalised = words[at] && NAME_PART.test(words[at]!) && !ended(at - 1);
    if (
      capitalised &&
      !(NAME_PART.test(words[at + 1] ?? '') && !NAME_PART.test(words[at + 2] ?? ''))
    )
      at += 1;
  } else if (/^(на|of|for)$/iu.test(words[at] ?? '') && !ended(at - 1)) {
    at += 1;
    if (lang === 'en' && /^the$/i.test(words[at] ?? '')) at += 1;
    if (!take(at) || /^(на|of|for|по)$/iu.test(words[at]!)) return null;
    if (lang === 'en' && NAME_PART.test(words[at]!)) {
      // "of the European Commission": the capitalised run is the complement.
      while (NAME_PART.test(words[at + 1] ?? '') && !ended(at)) at += 1;
      at += 1;
    } else {
      at += 1;
      // "на Народното събрание", "на вътрешните работи": an adjective and its noun.
      if (
        lang === 'bg' &&
        BG_ADJECTIVE.test(words[at - 1]!) &&
        !ended(at - 1) &&
        take(at) &&
        /^\p{Ll}/u.test(words[at]!)
      )
        at += 1;
    }
    // "председателят на комисията по транспорт", "the committee for trade on …" (one more).
    if (/^(по)$/iu.test(words[at] ?? '') && !ended(at - 1) && take(at + 1)) at += 2;
  }
  if (at === complementStart) return null; // no complement: the other rules read it
  // A name after the office ("председателят на ЕК Урсула фон дер Лайен").
  const name = ended(at - 1) ? 0 : nameLength(words, at, ended);
  if (name > 0) return { phrase: words.slice(at, at + name).join(' '), consumed: at + name };
  return { phrase: words.slice(0, at).join(' '), consumed: at };
}

/**
 * How many words from `at` are a person's name: a capitalised word, the particles of a name
 * ("фон дер", "дьо", "van"), a capitalised word, and a third one if it follows (a patronymic
 * or middle name: "Сергей Викторович Лавров"); 0 when no name starts there. A word with
 * punctuation after it ends the name.
 */
function nameLength(words: string[], at: number, ended: (index: number) => boolean): number {
  if (!NAME_PART.test(words[at] ?? '') || ended(at)) return 0;
  let next = at + 1;
  while (NAME_PARTICLES.has(words[next] ?? '') && !ended(next)) next += 1;
  if (!NAME_PART.test(words[next] ?? '')) return 0;
  next += 1;
  if (!ended(next - 1) && NAME_PART.test(words[next] ?? '')) next += 1;
  return next - at;
}

/**
 * A person's name that ends the words ("… of State Antony Blinken"), the shortest that is a
 * name (two words, else with particles: "Ursula von der Leyen"), or null.
 */
function nameAtEnd(words: string[]): string | null {
  const none = () => false;
  for (let start = words.length - 2; start >= Math.max(0, words.length - 4); start -= 1)
    if (nameLength(words, start, none) === words.length - start)
      return words.slice(start).join(' ');
  return null;
}

/**
 * The name after a title with no complement: "EU commissioner Anna Schmidt", "посол Иван
 * Петров", "finance minister John Smith" — the person, not "EU" (nor the title).
 */
function namedAfterTitle(raw: string[]): string | null {
  const words = raw.map((word) => word.replace(/[,.;:!?]+$/u, ''));
  const ended = (index: number) => raw[index] !== words[index];
  // The title within the first few words, after what qualifies it ("European Commission
  // President", "finance minister"), none of them ending a clause.
  let at = /^the$/i.test(words[0] ?? '') ? 1 : 0;
  const last = Math.min(words.length - 1, at + 3);
  while (at < last && !isOffice(words[at]!) && !ended(at)) at += 1;
  if (!words[at] || !isOffice(words[at]!) || ended(at)) return null;
  const name = nameLength(words, at + 1, ended);
  return name > 0 ? words.slice(at + 1, at + 1 + name).join(' ') : null;
}

/** An office reference that is all of `raw` ("министърът на финансите", before its verb). */
function wholeOfficeReference(raw: string, lang: Language): string | null {
  const words = raw.trim().split(/\s+/);
  const found = officeReference(words, lang);
  return found && found.consumed === words.length ? found.phrase : null;
}

/**
 * The preposition before the institution that spoke, after a plural verb: "в МИД России", "от
 * пресцентъра на МВР" (its name: speakerPhrase of what follows).
 */
const INSTITUTION_AFTER_PLURAL = /^(?:в|во|от|из)\s+(?=\p{Lu}|пресцентъра|пресслужбе|ведомстве)/u;

/** Prepositions of where and to whom words were said, between the verb and the speaker. */
const CIRCUMSTANCES: Record<Language, RegExp | null> = {
  bg: /^(пред|в|във|за|на|по|от|при|след|през)$/iu,
  ru: /^(в|во|на|для|по|после|перед)$/iu,
  en: null,
};

/**
 * The words after a speech verb from where its speaker starts: `пред bTV министърът …`,
 * `в интервю за БНР Петков`, `во время брифинга Песков` lose up to three leading "preposition +
 * word" pairs (they left no speaker at all); eight words are kept, as the speaker's phrase is short
 * (an office, its complement and a name with particles: "председателят на ЕК Урсула фон дер Лайен").
 */
function afterCircumstances(raw: string, lang: Language): string {
  const words = raw.trim().split(/\s+/);
  const preposition = CIRCUMSTANCES[lang];
  let start = 0;
  while (
    preposition &&
    start < 6 &&
    preposition.test(words[start] ?? '') &&
    start + 2 < words.length
  )
    start += 2;
  return words.slice(start, start + 8).join(' ');
}

/** News agencies, as wire copy credits them after a quote ("съобщи БТА", "передает ТАСС"). */
export const AGENCIES =
  /^(?:агенция\s+)?(?:БТА|ТАСС|РИА\s+Новости|Интерфакс|Ройтерс|Райтерс|АФП|Франс\s+прес|Асошиейтед\s+прес|Синхуа|Укринформ|БНР|БНТ|Reuters|AFP|AP|Associated\s+Press|dpa|DPA|EFE|ANSA|Xinhua|TASS|RIA\s+Novosti|Interfax|Ukrinform|BTA|Bloomberg|Anadolu|Tanjug|Танюг|Танјуг)$/iu;

/** Sentences that point back at the quote before them and name who said it. */
const BACK_REFERENCE: Record<Language, string> = { bg: 'Това|Така', ru: 'Об этом|Это|Так', en: '' };

/**
 * The name after an office that takes a complement: "министърът на финансите Теменужка
 * Петкова", "the minister for trade Jane Doe" — the person, not "министърът".
 */
function namedAfterOffice(raw: string): string | null {
  return (
    /^\p{Ll}[\p{L}-]*(?:\s+(?:на|по|of|for)\s+\p{Ll}[\p{L}-]*){1,2}\s+(\p{Lu}\p{Ll}[\p{L}'’-]*\s+\p{Lu}\p{Ll}[\p{L}'’-]*)/u.exec(
      raw,
    )?.[1] ?? null
  );
}

/** Trims a captured phrase to the speaker: stops at relative clauses, places and times. */
export function speakerPhrase(raw: string, trailing = false): string | null {
  const words = raw.trim().split(/\s+/);
  const kept: string[] = [];
  // "Министерството на финансите", "Световната здравна организация": a body named in words
  // of lower case too, which would otherwise end the phrase at its first word.
  const body =
    /^\p{Lu}/u.test(words[0] ?? '') &&
    (isBodyWord(words[0]!) ||
      words.slice(1, 3).some((word) => /^\p{Ll}/u.test(word) && isBodyWord(word)));
  for (const [position, word] of words.entries()) {
    const next = words[position + 1];
    if (body && position > 0 && position < 4 && /^\p{Ll}/u.test(word)) {
      kept.push(word);
      if (/[,.;:!?]$/u.test(word)) break;
      continue;
    }
    // "президентът на Русия" keeps "на" before a capitalised word; "Путин на пресконференция" stops.
    if (PHRASE_STOP.test(word) && !(/^(на|of)$/iu.test(word) && next && /^\p{Lu}/u.test(next)))
      break;
    // After a verb, a lower-case word after the name is where the sentence goes on
    // ("заяви Песков журналистам"); before a verb the phrase is whole ("Държавният глава").
    if (
      trailing &&
      kept.length > 0 &&
      /^\p{Ll}/u.test(word) &&
      /^\p{Lu}/u.test(kept[kept.length - 1]!) &&
      !/^(на|of)$/iu.test(word) &&
      !particleOfName(words, position)
    )
      break;
    kept.push(word);
    // A pronoun is the whole speaker ("сказал он журналистам", "she told reporters").
    if (kept.length === 1 && ALL_PRONOUNS.has(word.toLowerCase().replace(/[,.;:!?]+$/, ''))) break;
  }
  const phrase = kept.join(' ').replace(/[,.;:!?]+$/, '');
  return phrase === '' ? null : phrase;
}

/** A name's particle at `position`: "фон" and "дер" in "Урсула фон дер Лайен". */
function particleOfName(words: string[], position: number): boolean {
  let next = position;
  while (NAME_PARTICLES.has(words[next] ?? '')) next += 1;
  return next > position && NAME_PART.test((words[next] ?? '').replace(/[,.;:!?]+$/u, ''));
}

/**
 * The end of the quote's line: a speaker is never across a line break (a heading above the
 * paragraph, the next paragraph, whether the text separates them by one line end or two).
 */
export function paragraphEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

export function paragraphStart(text: string, from: number): number {
  return text.lastIndexOf('\n', from) + 1;
}
