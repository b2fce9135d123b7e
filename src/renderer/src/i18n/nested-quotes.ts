import type { PostProcessorModule } from 'i18next';

/**
 * Quotes inside quotes, as each language writes them: a headline with a quotation in it, put
 * in quotation marks by a message („Премахване на „Борисов: „Няма“““), reads
 * „Премахване на ‚Борисов: ‚Няма‘‘“… in Bulgarian and “Remove ‘Borisov: ‘No’’” in English,
 * alternating with depth, rather than a run of identical marks whose pairs no one can tell.
 */
const MARKS: Record<
  string,
  { open: string; close: string; innerOpen: string; innerClose: string; foreign: RegExp }
> = {
  // `foreign`: the other language's own opening or closing mark. A message holding one quotes
  // in both (an English message around a Bulgarian headline, „…“ inside “…”): “ opens in one
  // and closes in the other, so no pairs can be told, and the message is left as it is.
  bg: { open: '„', close: '“', innerOpen: '‚', innerClose: '‘', foreign: /”/ },
  en: { open: '“', close: '”', innerOpen: '‘', innerClose: '’', foreign: /„/ },
};

export function nestQuotes(text: string, language: string): string {
  const marks = MARKS[language.slice(0, 2)];
  if (!marks || !text.includes(marks.open) || marks.foreign.test(text)) return text;
  let depth = 0;
  let out = '';
  for (const character of text) {
    if (character === marks.open) {
      out += depth % 2 === 0 ? marks.open : marks.innerOpen;
      depth += 1;
    } else if (character === marks.close && depth > 0) {
      depth -= 1;
      out += depth % 2 === 0 ? marks.close : marks.innerClose;
    } else out += character;
  }
  return out;
}

/** Every message of the interface, once its values are in (i18next's post-processing). */
export const nestedQuotes: PostProcessorModule = {
  type: 'postProcessor',
  name: 'nestedQuotes',
  process: (value: string, _key, options: { lng?: string }, translator: { language?: string }) =>
    nestQuotes(value, options.lng ?? translator.language ?? 'en'),
};
