import type { DetectedQuote } from '../../shared/model';
import { guessLanguage } from '../wire/language';
import {
  AGENCIES,
  attributionAfter,
  attributionBefore,
  paragraphStart,
  type Attribution,
} from './attribution';
import type { QuoteLanguage as Language } from './lexicon';
import { findQuoteSpans, type QuoteSpan } from './spans';
import { nominative, resolve } from './speaker-resolve';
import { indexPeople } from './speakers';

export type { DetectedQuote };

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
    // By the story's rules, else by another language's: a Bulgarian story quotes Russian
    // («…», — сказал Медведев) and English, and a short story's language is a guess.
    let attribution: Attribution | null = null;
    let spoken: Language = lang;
    for (const tried of [lang, ...LANGUAGES.filter((other) => other !== lang)]) {
      attribution = attributionOf(text, span, tried);
      spoken = tried;
      if (attribution) break;
    }
    if (span.short && !(attribution && (spokenAlone(text, span) || reported(text, span)))) continue;
    let speaker: string | null = null;
    let cue: string | null = null;
    if (attribution) {
      cue = attribution.cue;
      // Russian "по словам/по мнению" governs the genitive: Сергея Лаврова is Сергей Лавров.
      const phrase =
        spoken === 'ru' && /^по /.test(attribution.cue)
          ? nominative(attribution.phrase)
          : attribution.phrase;
      speaker = resolve(phrase, spoken, people, lastNamed, span.start);
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

const LANGUAGES: readonly Language[] = ['bg', 'ru', 'en'];

/**
 * Who the quote's words credit, after it or before it. "…“, съобщи БТА." credits the agency
 * that reported the words, not who said them: the speaker is the one named before the quote,
 * where there is one.
 */
function attributionOf(text: string, span: QuoteSpan, lang: Language): Attribution | null {
  const after = attributionAfter(text, span, lang);
  return after && AGENCIES.test(after.phrase)
    ? (attributionBefore(text, span, lang) ?? after)
    : (after ?? attributionBefore(text, span, lang));
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
 * A quote of a word or two reported in a sentence (`съобщи, че „разследването продължава“`,
 * `said that the numbers were "completely fabricated"`): a lower-case phrase, where a name in
 * quotes (`каза, че „Булгаргаз“ ще…`) starts with a capital.
 */
function reported(text: string, span: QuoteSpan): boolean {
  const before = text.slice(paragraphStart(text, span.open), span.open);
  if (!/\p{Ll}/u.test(text[span.start] ?? '')) return false;
  return /(?:^|\s)(?:че|that|что|were|was|is|are|като)\s*$/iu.test(before);
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

/** A quote continues the previous one if nothing but its own sentence break lies between. */
function continues(text: string, previous: QuoteSpan, current: QuoteSpan): boolean {
  const between = text.slice(previous.close + 1, current.open);
  const sameParagraph = !between.includes('\n\n');
  if (sameParagraph) return true;
  // The next paragraph opening with a quote, right after a paragraph that ended in one.
  return /^[\s.,]*(\n\n)\s*$/.test(between);
}
