import type Database from 'better-sqlite3';
import { random } from './archive-text';

/** A search an editor might type, and what kind of search it is (the figures are per kind too). */
export interface BenchQuery {
  kind: 'word' | 'common-word' | 'prefix' | 'short-prefix' | 'two-words' | 'yo-folded';
  text: string;
}

/**
 * Realistic searches, drawn from the archive itself: words of its headlines and bodies (what
 * editors look for is what the news says), their beginnings (search runs as the editor types),
 * two words of one story, the most common words, and Russian words with ё typed with е.
 */
export function benchQueries(db: Database.Database, seed = 42): BenchQuery[] {
  const next = random(seed);
  const maxId = (db.prepare('SELECT max(id) AS id FROM stories').get() as { id: number }).id;
  const story = (language?: string): { headline: string; body_text: string } => {
    for (;;) {
      const row = db
        .prepare('SELECT headline, body_text, language FROM stories WHERE id = ?')
        .get(1 + Math.floor(next() * maxId)) as
        { headline: string; body_text: string; language: string } | undefined;
      if (row && (!language || row.language === language)) return row;
    }
  };
  const wordsOf = (text: string, min = 4): string[] =>
    (text.match(/[\p{L}]+/gu) ?? []).filter((word) => word.length >= min);
  const pick = <T>(items: T[]): T => items[Math.floor(next() * items.length)]!;
  const queries: BenchQuery[] = [];
  const add = (count: number, kind: BenchQuery['kind'], make: () => string | null): void => {
    // Bounded: an archive without, say, Russian words with ё gives fewer queries, not a hang.
    for (let made = 0, tries = 0; made < count && tries < count * 100; tries += 1) {
      const text = make();
      if (text) {
        queries.push({ kind, text });
        made += 1;
      }
    }
  };
  add(100, 'word', () => pick(wordsOf(story().headline)) ?? null);
  add(60, 'prefix', () => {
    const word = pick(wordsOf(story().headline, 5));
    return word ? word.slice(0, 3 + Math.floor(next() * 3)) : null;
  });
  add(20, 'short-prefix', () => pick(wordsOf(story().headline, 3))?.slice(0, 2) ?? null);
  add(60, 'two-words', () => {
    const words = wordsOf(story().body_text);
    return words.length >= 2 ? `${pick(words)} ${pick(words)}` : null;
  });
  const common = commonWords(db, next);
  add(30, 'common-word', () => pick(common));
  add(30, 'yo-folded', () => {
    const word = pick(wordsOf(story('ru').body_text).filter((w) => /ё/i.test(w)));
    return word ? word.replace(/ё/g, 'е').replace(/Ё/g, 'Е') : null;
  });
  return queries;
}

/** The twenty most frequent words of four or more letters in a sample of stories. */
function commonWords(db: Database.Database, next: () => number): string[] {
  const rows = db
    .prepare('SELECT body_text FROM stories WHERE id % 97 = ? LIMIT 300')
    .all(Math.floor(next() * 97)) as { body_text: string }[];
  const counts = new Map<string, number>();
  for (const row of rows)
    for (const word of row.body_text.toLowerCase().match(/[\p{L}]{4,}/gu) ?? [])
      counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 20)
    .map(([word]) => word);
}
