import {
  GIVEN_NAME_GENDER,
  HONORIFICS,
  isBodyWord,
  PRONOUN_GENDER,
  PRONOUNS,
  ROLE_WORDS,
  type QuoteLanguage as Language,
} from './lexicon';
import {
  canonicalName,
  classifySpeaker,
  isKnownName,
  personalName,
  resolveDescription,
  type PersonIndex,
} from './speakers';

/**
 * Who a speaker's phrase stands for: a pronoun the last named person (of its gender, where the
 * name says it), a name the fullest form the story gives, a description the person the story
 * introduced with that role.
 */

export function resolve(
  phrase: string,
  lang: Language,
  people: PersonIndex,
  lastNamed: string | null,
  at: number,
): string | null {
  const bare = withoutRole(phrase);
  switch (classifySpeaker(bare, PRONOUNS[lang])) {
    case 'pronoun': {
      const person = lastNamed ?? lastMentioned(people, at);
      const gender = PRONOUN_GENDER[bare.toLowerCase()];
      if (!gender || !person || (nameGender(person) ?? gender) === gender) return person;
      // "каза тя" after a man was named: the last woman the story named before, else no one.
      return lastMentioned(people, at, gender);
    }
    case 'name':
      return canonicalName(personalName(bare, people), people);
    case 'description': {
      // "министра Лаврова": a description that carries a name is that name.
      // Its first word may be capitalised only because it starts the sentence ("Държавният глава").
      // The last run of two capitalised words or more, else the first run: "U.S. Secretary of
      // State Antony Blinken" names Antony Blinken (not "Secretary"), "Dr. Anna Lee of the WHO"
      // Anna Lee (not "WHO").
      const rest = bare.split(/\s+/).slice(1).join(' ');
      const runs = [...rest.matchAll(/\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*/gu)].filter(
        // A body the person speaks for is not the person ("of the World Health Organization").
        (found) => !found[0].split(/\s+/).some(isBodyWord),
      );
      const run = runs.filter((found) => found[0].includes(' ')).pop() ?? runs[0];
      const named = run?.[0];
      // One capitalised word is a name only if the story uses it as one ("the German chancellor").
      if (named && (named.includes(' ') || isKnownName(named, people))) {
        const afterOf = /(?:^|\s)(?:на|of)\s$/iu.test(rest.slice(0, run!.index));
        return canonicalName(personalName(named, people, afterOf), people);
      }
      // Unresolvable descriptions ("the union leader") are still worth showing as said, with
      // their office ("министр иностранных дел России", not "иностранных дел России").
      const described = ROLE_WORDS.some((role) => bare.toLowerCase().includes(role))
        ? bare
        : phrase;
      return (
        resolveDescription(described, people, lastNamed ?? lastMentioned(people, at)) ?? described
      );
    }
  }
}

const TITLE_WORDS = new Set([...ROLE_WORDS.flatMap((role) => role.split(' ')), ...HONORIFICS]);

/**
 * "Prime Minister John Smith" → "John Smith", "Dr. Anna Lee" → "Anna Lee", "проф. Иванов" →
 * "Иванов": a leading title or honorific is not part of the name.
 */
function withoutRole(phrase: string): string {
  const words = phrase.split(/\s+/);
  let index = 0;
  while (
    index < words.length - 1 &&
    TITLE_WORDS.has(words[index]!.toLowerCase().replace(/\.$/u, ''))
  )
    index += 1;
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

export function nominative(name: string): string {
  const words = name.split(/\s+/);
  // A man's surname in the genitive (Силуанова, Путина: a woman's would be Силуановой): the
  // capitalised words before it are his first name and patronymic, Антона Викторовича → Антон
  // Викторович (they came out half-changed, "Антона Силуанов").
  const mans = /(?:ова|ева|ёва|ина|ына)$/u.test(words.at(-1) ?? '');
  return words
    .map((word, index) => {
      if (mans && index < words.length - 1 && /^\p{Lu}\p{L}*[бвгджзклмнпрстфхцчшщ]а$/u.test(word))
        return word.slice(0, -1);
      const ending = GENITIVE_ENDINGS.find(([genitive]) => word.endsWith(genitive));
      return ending ? word.slice(0, -ending[0].length) + ending[1] : word;
    })
    .join(' ');
}

function lastMentioned(people: PersonIndex, at: number, gender?: 'f' | 'm'): string | null {
  const before = people.names.filter(
    (entry) => entry.at < at && (!gender || nameGender(entry.name) === gender),
  );
  return before[before.length - 1]?.name ?? null;
}

/**
 * A Bulgarian or Russian name's gender, where its surname's ending says it beyond doubt
 * (Петкова, Йорданска; Лавров, Петровски); else an English-language first name's, where it is
 * a common one of one gender (GIVEN_NAME_GENDER). Nothing else is read: a first name in -а is a
 * man's as often as not (Мустафа, Миша, Никола), and -ин/-ина are foreign names' as well as
 * Slavic ones' (Санна Марин). Null then, and a pronoun keeps the speaker it would have had.
 */
function nameGender(name: string): 'f' | 'm' | null {
  const words = name.toLowerCase().split(/\s+/);
  if (words.length < 2) return null;
  const surname = words[words.length - 1]!;
  if (/(?:ова|ева|ёва|ска|цка)$/u.test(surname)) return 'f';
  if (/(?:ов|ев|ёв|ски|цки|ский|цкий)$/u.test(surname)) return 'm';
  return GIVEN_NAME_GENDER.get(words[0]!) ?? null;
}
