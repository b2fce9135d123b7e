import { ROLE_WORDS } from './lexicon';

const NAME_WORD = String.raw`\p{Lu}[\p{Ll}\p{Lu}'’-]*\p{Ll}[\p{Ll}'’-]*`;
/** Space between the words of a name: never a line end (a heading is not the next line's name). */
const GAP = String.raw`[^\S\n]+`;
/** A run of capitalised words: "Пресс-секретарь Кремля Дмитрий Песков", "Prime Minister Jane Roe". */
const CAPITALISED_RUN = new RegExp(`${NAME_WORD}(?:${GAP}${NAME_WORD})+`, 'gu');
/** "президентът Владимир Путин", "киргизстанския си колега Садир Жапаров". */
const APPOSITION = new RegExp(
  `([\\p{L}][\\p{L}-]*(?:${GAP}[\\p{Ll}][\\p{L}-]*){0,3})${GAP}(${NAME_WORD}(?:${GAP}${NAME_WORD})+)`,
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
  const roles: PersonIndex['roles'] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const words = match[0].split(/\s+/);
    // "Според Ройтерс", "According Reuters": a word capitalised as the sentence's first.
    while (words.length > 0 && SENTENCE_WORDS.has(words[0]!.toLowerCase())) words.shift();
    if (words.length < 2) continue;
    const name = words.slice(-2).join(' ');
    names.push({ name, at: match.index! + match[0].length - name.length });
    // A capitalised title before the name is a role too ("Prime Minister Jane Roe").
    const title = words.slice(0, -2).join(' ').toLowerCase();
    if (title && ROLE_WORDS.some((role) => title.includes(role)))
      roles.push({ phrase: title, name, at: match.index! });
  }
  for (const match of text.matchAll(APPOSITION)) {
    const phrase = match[1]!.toLowerCase();
    if (ROLE_WORDS.some((role) => phrase.includes(role)) || /колега|colleague/.test(phrase)) {
      // As in indexPeople: the name is the run's last two words ("на Пловдив Георги Петров").
      roles.push({ phrase, name: match[2]!.split(/\s+/).slice(-2).join(' '), at: match.index! });
    }
  }
  return { names, roles };
}

/**
 * Words that open sentences, capitalised there, and never start a person's name (a place's
 * perhaps: "The Hague" loses "The", and is no person's name either way).
 */
const SENTENCE_WORDS = new Set([
  'според',
  'по',
  'как',
  'това',
  'така',
  'след',
  'на',
  'но',
  'according',
  'the',
  'and',
  'but',
  'in',
  'on',
  'after',
]);

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
 * speaker, since a description usually refers back to whoever the story is about — unless the
 * story gave that speaker another role ("the finance minister" is not Prime Minister Jane Roe)
 * or the last speaker is itself another description ("председателят" is not "кметът").
 */
export function resolveDescription(
  description: string,
  people: PersonIndex,
  lastNamed: string | null,
): string | null {
  const role = roleOf(description);
  if (!role) return null; // "the transport union": not a person the story introduced
  const introduced = people.roles.find((entry) => roleOf(entry.phrase) === role);
  if (introduced) return introduced.name;
  if (lastNamed === null) return null;
  if (!/^\p{Lu}/u.test(lastNamed)) return lastNamed.toLowerCase().includes(role) ? lastNamed : null;
  // "The Russian leader", "the head of state": any office may be meant; the last speaker it is.
  if (GENERIC_ROLES.has(role)) return lastNamed;
  const rolesOfLast = people.roles.filter((entry) => entry.name === lastNamed);
  if (rolesOfLast.length > 0) return null; // its roles were checked above: none is this one
  return lastNamed;
}

const GENERIC_ROLES = new Set(['лидер', 'глава', 'leader']);

/**
 * The most specific role word in a phrase ("prime minister", not "minister", for a premier),
 * with what makes it another office: a deputy's, a former or an acting holder's. The mayor the
 * story named is not "заместник-кметът", "вицепремиерът", "бившият премиер" or "the deputy
 * mayor" (their quotes went to the mayor and the premier).
 */
function roleOf(phrase: string): string | null {
  const lower = phrase.toLowerCase();
  let found: string | null = null;
  let at = -1;
  for (const word of ROLE_WORDS) {
    const index = lower.indexOf(word);
    if (index >= 0 && (found === null || word.length > found.length)) {
      found = word;
      at = index;
    }
  }
  if (found === null) return null;
  const qualifier = roleQualifier(lower.slice(0, at));
  return qualifier ? `${qualifier} ${found}` : found;
}

/**
 * What comes before a role word and makes it another office, as one word: "deputy", "former",
 * "acting", or the part of the same word before it ("министър-" of "министър-председателят").
 * Null when nothing does ("кметът", "the mayor").
 */
function roleQualifier(before: string): string | null {
  // Written onto the role: "вицепремиерът", "заместник-кметът", "зам.-министърът".
  const glued = /[\p{L}.\u2024-]+$/u.exec(before)?.[0];
  const word = glued ?? /(\p{L}+)\s+$/u.exec(before)?.[1];
  if (!word) return null;
  const bare = word.replace(/[.\u2024-]+/gu, '');
  for (const [qualifier, pattern] of ROLE_QUALIFIERS) if (pattern.test(bare)) return qualifier;
  return glued ? bare : null;
}

const ROLE_QUALIFIERS: [string, RegExp][] = [
  ['deputy', /^(?:заместник\p{L}*|заместитель\p{L}*|зам|вице|deputy|vice)$/u],
  ['former', /^(?:бивш\p{L}*|бывш\p{L}*|former|ex)$/u],
  ['acting', /^(?:изпълняващ\p{L}*|временно|исполняющ\p{L}*|acting|interim)$/u],
];

/**
 * A name without the office or title written before it: "МИД Мария Захарова", "Nato Secretary
 * General Mark Rutte" → "Мария Захарова", "Mark Rutte"; so is an organisation after "на"/"of"
 * in a description ("говорителят на Кремъл Дмитрий Песков"). Other runs of three words are
 * names whole: "Сергей Викторович Лавров", "Martin Luther King".
 */
export function personalName(name: string, people: PersonIndex, afterOf = false): string {
  const words = name.split(/\s+/);
  if (words.length < 3) return name;
  const lastTwo = words.slice(-2).join(' ');
  const leading = words.slice(0, -2);
  // An abbreviation, a title, or an office in any form ("Президентът", capitalised as the
  // sentence's first word).
  const titled = leading.some(
    (word) =>
      /^\p{Lu}{2,}$/u.test(word) || TITLE_WORDS.has(word.toLowerCase()) || roleOf(word) !== null,
  );
  if (!titled && !afterOf) return name;
  return people.names.some((entry) => entry.name === lastTwo) ? lastTwo : name;
}

/** Words of office written capitalised before a name (besides the role words themselves). */
const TITLE_WORDS = new Set([
  ...ROLE_WORDS.filter((role) => !role.includes(' ')),
  'secretary',
  'general',
  'deputy',
  'chief',
  'senator',
  'foreign',
  'defence',
  'defense',
  'генерален',
  'секретар',
  'заместник',
]);

/** A capitalised word the story uses as a person's name, alone or in a full name. */
export function isKnownName(word: string, people: PersonIndex): boolean {
  return people.names.some((entry) => entry.name.split(/\s+/).includes(word));
}
