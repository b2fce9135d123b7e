import { ROLE_WORDS } from './lexicon';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*`;
/** A run of capitalised words: "Пресс-секретарь Кремля Дмитрий Песков", "Prime Minister Jane Roe". */
const CAPITALISED_RUN = new RegExp(`${NAME_WORD}(?:\\s+${NAME_WORD})+`, 'gu');
/** "президентът Владимир Путин", "киргизстанския си колега Садир Жапаров". */
const APPOSITION = new RegExp(
  `([\\p{L}][\\p{L}-]*(?:\\s+[\\p{Ll}][\\p{L}-]*){0,3})\\s+(${NAME_WORD}(?:\\s+${NAME_WORD})+)`,
  'gu',
);

export interface PersonIndex {
  /** Full names in order of first mention, with where they were mentioned. */
  names: { name: string; at: number }[];
  /** Role phrases that introduced a name ("президентът" → "Владимир Путин"). */
  roles: { phrase: string; name: string; at: number }[];
}

/**
 * Who the story names, and with which roles, so that "Путин" and "руският президент" resolve.
 * A person's name is taken as the last two words of a run of capitalised words: titles, places
 * and organisations written before it ("Кремля", "Prime Minister") fall away.
 */
export function indexPeople(text: string): PersonIndex {
  const names: PersonIndex['names'] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    const name = words.slice(-2).join(' ');
    names.push({ name, at: match.index! + match[0].length - name.length });
  }
  const roles: PersonIndex['roles'] = [];
  for (const match of text.matchAll(APPOSITION)) {
    const phrase = match[1]!.toLowerCase();
    if (ROLE_WORDS.some((role) => phrase.includes(role)) || /колега|colleague/.test(phrase)) {
      // As in indexPeople: the name is the run's last two words ("на Пловдив Георги Петров").
      roles.push({ phrase, name: match[2]!.split(/\s+/).slice(-2).join(' '), at: match.index! });
    }
  }
  return { names, roles };
}

export type SpeakerKind = 'name' | 'pronoun' | 'description';

/** A name is capitalised throughout ("Петров", "Jane Roe"); "Държавният глава" is a description. */
export function classifySpeaker(phrase: string, pronouns: string[]): SpeakerKind {
  const lower = phrase.toLowerCase();
  if (pronouns.includes(lower)) return 'pronoun';
  return phrase.split(/\s+/).every((word) => /^\p{Lu}/u.test(word)) ? 'name' : 'description';
}

/** The fullest name the story gives for a surname or a short form ("Путин" → "Владимир Путин"). */
export function canonicalName(name: string, people: PersonIndex): string {
  const full = people.names.find(
    (entry) =>
      entry.name === name || entry.name.endsWith(` ${name}`) || entry.name.startsWith(`${name} `),
  );
  return full && full.name.length > name.length ? full.name : name;
}

/**
 * A description resolves to the person the story introduced with a matching role word
 * ("руският президент" ↔ "президентът Владимир Путин"); failing that, to the last named
 * speaker, since a description usually refers back to whoever the story is about.
 */
export function resolveDescription(
  description: string,
  people: PersonIndex,
  lastNamed: string | null,
): string | null {
  const lower = description.toLowerCase();
  const role = ROLE_WORDS.find((word) => lower.includes(word));
  if (!role) return null; // "the transport union": not a person the story introduced
  const introduced = people.roles.find((entry) => entry.phrase.includes(role));
  return introduced?.name ?? lastNamed;
}
