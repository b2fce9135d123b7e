import type { DetectedQuote } from '../../shared/model';
import { guessLanguage } from '../wire/language';
import { ACCORDING_TO, PRONOUNS, ROLE_WORDS, SPEECH_VERBS } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './spans';
import {
  canonicalName,
  classifySpeaker,
  indexPeople,
  isKnownName,
  personalName,
  resolveDescription,
  type PersonIndex,
} from './speakers';

export type { DetectedQuote };

type Language = 'bg' | 'ru' | 'en';

interface Attribution {
  cue: string;
  phrase: string;
}

const WORD = String.raw`[\p{L}'’-]+`;
/** Words that end a speaker phrase: relative clauses and places/times after the name. */
const PHRASE_STOP =
  /^(който|която|които|което|докато|след|пред|във|в|при|за|от|с|със|по|през|который|которая|в|на|после|who|which|in|at|on|during|after|before|to|from|while)$/iu;

/**
 * Direct quotes and who said them, for Bulgarian, Russian and English copy. Attribution is
 * looked for after the quote ("…", каза Путин), then before it ("Путин заяви: „…“",
 * "Според руския лидер „…“"). Pronouns resolve to the last named speaker, descriptions to the
 * person the story introduced with that role, and a quote with no attribution of its own
 * continues the previous quote's speaker in the same or the preceding paragraph.
 */
export function detectQuotes(text: string, language?: string | null): DetectedQuote[] {
  const lang = pickLanguage(language, text);
  const people = indexPeople(text);
  const spans = findQuoteSpans(text);
  const quotes: DetectedQuote[] = [];
  let lastNamed: string | null = null;
  let previous: { span: QuoteSpan; quote: DetectedQuote } | null = null;

  for (const span of spans) {
    const after = attributionAfter(text, span, lang);
    // "…“, съобщи БТА." credits the agency that reported the words, not who said them: the
    // speaker is the one named before the quote, where there is one.
    const attribution =
      after && AGENCIES.test(after.phrase)
        ? (attributionBefore(text, span, lang) ?? after)
        : (after ?? attributionBefore(text, span, lang));
    if (span.short && !(attribution && spokenAlone(text, span))) continue;
    let speaker: string | null = null;
    let cue: string | null = null;
    if (attribution) {
      cue = attribution.cue;
      // Russian "по словам/по мнению" governs the genitive: Сергея Лаврова is Сергей Лавров.
      const phrase =
        lang === 'ru' && /^по /.test(attribution.cue)
          ? nominative(attribution.phrase)
          : attribution.phrase;
      speaker = resolve(phrase, lang, people, lastNamed, span.start);
    } else if (previous && continues(text, previous.span, span)) {
      speaker = previous.quote.speaker;
    }
    if (speaker) lastNamed = speaker;
    const end = quotedEnd(text, span);
    const quote: DetectedQuote = {
      text: text.slice(span.start, end),
      speaker,
      cue,
      start: span.start,
      end,
    };
    quotes.push(quote);
    previous = { span, quote };
  }
  return quotes;
}

/**
 * Where the quoted words end: a comma (or semicolon) just inside the closing mark, as English
 * and straight-quoted copy set it (`"We will not retreat," the minister said`), is the reporting
 * sentence's punctuation, not the speaker's words — what a fact-checker checks and cites is
 * "We will not retreat". A full stop, question or exclamation mark, or ellipsis ends the quoted
 * sentence itself and stays.
 */
function quotedEnd(text: string, span: QuoteSpan): number {
  let end = span.end;
  while (end > span.start && /[\s,;]/u.test(text[end - 1]!)) end -= 1;
  return end > span.start ? end : span.end;
}

/**
 * A quote of a word or two is speech, not a name in quotes, when it stands as a sentence of its
 * own and is tied to its attribution by a comma or dash (`„Няма пари“, каза Петров`,
 * `"No comment," he said`) or a colon before it (`Белова отговори: „Не.“`). „Лукойл“ in
 * `Компанията „Лукойл“ каза` and a title set off by commas inside a sentence are neither.
 */
function spokenAlone(text: string, span: QuoteSpan): boolean {
  const before = text.slice(paragraphStart(text, span.open), span.open);
  if (!/(?:^|[.!?…:])\s*$/u.test(before)) return false;
  return (
    /:\s*$/u.test(before) ||
    /[,!?]\s*$/u.test(text.slice(span.start, span.end)) ||
    /^\s*[,–—-]/u.test(text.slice(span.close + 1))
  );
}

/**
 * The rules to read quotes by: the story's language where there are rules for it, else by its
 * script — Cyrillic copy by the Bulgarian rules, Latin copy (English, or a language without
 * rules of its own, or one too short to tell) by the English ones.
 */
function pickLanguage(language: string | null | undefined, text: string): Language {
  const code = (language ?? guessLanguage(text) ?? '').slice(0, 2).toLowerCase();
  if (code === 'ru' || code === 'en' || code === 'bg') return code;
  const cyrillic = text.match(/[\u0400-\u04FF]/g)?.length ?? 0;
  const latin = text.match(/[a-z]/gi)?.length ?? 0;
  return latin > cyrillic ? 'en' : 'bg';
}

function verbPattern(lang: Language): string {
  return `(${SPEECH_VERBS[lang].join('|')})`;
}

/** `", каза Путин"`, `", заяви още Путин"`, `," Smith said`, `", she told reporters`. */
function attributionAfter(text: string, span: QuoteSpan, lang: Language): Attribution | null {
  const after = text.slice(span.close + 1, paragraphEnd(text, span.close));
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
    const words = afterCircumstances(verbFirst[3]!, lang);
    const phrase = namedAfterOffice(words) ?? speakerPhrase(words, true);
    if (phrase) return { cue: `${verbFirst[1]}${verbFirst[2] ?? ''}`.toLowerCase(), phrase };
  }
  if (ended) return null;
  const speakerFirst = new RegExp(
    `^\\s*[,.!?…]?\\s*[-–—]?\\s*(${WORD}(?:\\s+${WORD}){0,3}?)\\s+${verbPattern(lang)}\\b`,
    'iu',
  ).exec(after);
  if (speakerFirst) {
    const phrase = speakerPhrase(speakerFirst[1]!);
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
function attributionBefore(text: string, span: QuoteSpan, lang: Language): Attribution | null {
  const before = text.slice(paragraphStart(text, span.open), span.open);
  const according = new RegExp(
    `(?:^|[\\s(])(${ACCORDING_TO[lang].join('|')})\\s+(${WORD}(?:\\s+${WORD}){0,4})\\s*,?\\s*$`,
    'iu',
  ).exec(before);
  if (according) return { cue: according[1]!.toLowerCase(), phrase: according[2]! };
  const sentence = before.split(/(?<=[.!?…])\s+/).pop() ?? before;
  const spoken = new RegExp(
    `(${WORD}(?:\\s+${WORD}){0,3}?)\\s+${verbPattern(lang)}(?:\\s+(?:още|также))?[^.!?]{0,60}?[:,]?\\s*$`,
    'iu',
  ).exec(sentence);
  if (spoken) {
    const phrase = speakerPhrase(spoken[1]!);
    if (phrase) return { cue: spoken[2]!.toLowerCase(), phrase };
  }
  return null;
}

/** Prepositions of where and to whom words were said, between the verb and the speaker. */
const CIRCUMSTANCES: Record<Language, RegExp | null> = {
  bg: /^(пред|в|във|за|на|по|от|при|след|през)$/iu,
  ru: /^(в|во|на|для|по|после|перед)$/iu,
  en: null,
};

/**
 * The words after a speech verb from where its speaker starts: `пред bTV министърът …`,
 * `в интервю за БНР Петков`, `во время брифинга Песков` lose up to three leading "preposition +
 * word" pairs (they left no speaker at all); six words are kept, as the speaker's phrase is short.
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
  return words.slice(start, start + 6).join(' ');
}

/** News agencies, as wire copy credits them after a quote ("съобщи БТА", "передает ТАСС"). */
const AGENCIES =
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
function speakerPhrase(raw: string, trailing = false): string | null {
  const words = raw.trim().split(/\s+/);
  const kept: string[] = [];
  for (const [position, word] of words.entries()) {
    const next = words[position + 1];
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
      !/^(на|of)$/iu.test(word)
    )
      break;
    kept.push(word);
  }
  const phrase = kept.join(' ').replace(/[,.;:!?]+$/, '');
  return phrase === '' ? null : phrase;
}

function resolve(
  phrase: string,
  lang: Language,
  people: PersonIndex,
  lastNamed: string | null,
  at: number,
): string | null {
  const bare = withoutRole(phrase);
  switch (classifySpeaker(bare, PRONOUNS[lang])) {
    case 'pronoun':
      return lastNamed ?? lastMentioned(people, at);
    case 'name':
      return canonicalName(personalName(bare, people), people);
    case 'description': {
      // "министра Лаврова": a description that carries a name is that name.
      // Its first word may be capitalised only because it starts the sentence ("Държавният глава").
      const rest = bare.split(/\s+/).slice(1).join(' ');
      const run = /\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/u.exec(rest);
      const named = run?.[0];
      // One capitalised word is a name only if the story uses it as one ("the German chancellor").
      if (named && (named.includes(' ') || isKnownName(named, people))) {
        const afterOf = /(?:^|\s)(?:на|of)\s$/iu.test(rest.slice(0, run!.index));
        return canonicalName(personalName(named, people, afterOf), people);
      }
      // Unresolvable descriptions ("the union leader") are still worth showing as said.
      return resolveDescription(bare, people, lastNamed ?? lastMentioned(people, at)) ?? bare;
    }
  }
}

/** "Prime Minister John Smith" → "John Smith": a leading title is not part of the name. */
function withoutRole(phrase: string): string {
  const words = phrase.split(/\s+/);
  const roleWords = new Set(ROLE_WORDS.flatMap((role) => role.split(' ')));
  let index = 0;
  while (index < words.length - 1 && roleWords.has(words[index]!.toLowerCase())) index += 1;
  return words.slice(index).join(' ');
}

/** Russian genitive endings after "по словам" (Сергея Лаврова → Сергей Лавров). */
const GENITIVE_ENDINGS: [string, string][] = [
  ['овой', 'ова'],
  ['евой', 'ева'],
  ['иной', 'ина'],
  ['ии', 'ия'],
  ['ея', 'ей'],
  ['ия', 'ий'],
  ['ова', 'ов'],
  ['ева', 'ев'],
  ['ина', 'ин'],
  ['ы', 'а'],
];

function nominative(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => {
      const ending = GENITIVE_ENDINGS.find(([genitive]) => word.endsWith(genitive));
      return ending ? word.slice(0, -ending[0].length) + ending[1] : word;
    })
    .join(' ');
}

function lastMentioned(people: PersonIndex, at: number): string | null {
  const before = people.names.filter((entry) => entry.at < at);
  return before[before.length - 1]?.name ?? null;
}

/** A quote continues the previous one if nothing but its own sentence break lies between. */
function continues(text: string, previous: QuoteSpan, current: QuoteSpan): boolean {
  const between = text.slice(previous.close + 1, current.open);
  const sameParagraph = !between.includes('\n\n');
  if (sameParagraph) return true;
  // The next paragraph opening with a quote, right after a paragraph that ended in one.
  return /^[\s.,]*(\n\n)\s*$/.test(between);
}

/**
 * The end of the quote's line: a speaker is never across a line break (a heading above the
 * paragraph, the next paragraph, whether the text separates them by one line end or two).
 */
function paragraphEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function paragraphStart(text: string, from: number): number {
  return text.lastIndexOf('\n', from) + 1;
}
