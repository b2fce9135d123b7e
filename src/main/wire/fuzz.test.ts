import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { ImportError } from './types';

/**
 * Every importer, fed mutated versions of every fixture: each case must end in stories or in
 * an ImportError with a readable reason — never another exception (a bug), never a hang.
 * FUZZ_CASES sets the number of mutations per fixture (a short run here; `npm run stress`
 * runs the long one). The seed is printed on failure so a case can be replayed.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 12);
const SEED = Number(process.env.FUZZ_SEED ?? 20260314);
const FIXTURES = [join(__dirname, '__fixtures__'), join(__dirname, '../../../resources/samples')];
const WIRE_FILE = /\.(txt|md|html|xml|json|eml)$/;

function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) / 2 ** 32;
  };
}

const SNIPPETS = [
  '<',
  '>',
  '&',
  '&amp;#39;',
  '&tstr;',
  '"',
  '<![CDATA[',
  ']]>',
  '<!--',
  '{',
  '}',
  '[',
  ']',
  '\u0000',
  '\u0001',
  '\u0002',
  '\u0003',
  'ї',
  '\ufffd',
  '<p>',
  '</nitf>',
  '<script>alert(1)</script>',
  '\r\n',
  '\n\n',
  '€',
];

/** One mutation: flip, delete, insert or duplicate bytes, truncate, or splice in markup. */
function mutate(bytes: Buffer, next: () => number): Buffer {
  const pick = (n: number) => Math.floor(next() * n);
  const at = pick(bytes.length + 1);
  switch (pick(6)) {
    case 0: {
      const copy = Buffer.from(bytes);
      for (let i = 0; i < 1 + pick(8); i += 1) copy[pick(copy.length)] = pick(256);
      return copy;
    }
    case 1:
      return Buffer.concat([
        bytes.subarray(0, at),
        bytes.subarray(Math.min(bytes.length, at + 1 + pick(64))),
      ]);
    case 2:
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(SNIPPETS[pick(SNIPPETS.length)]!),
        bytes.subarray(at),
      ]);
    case 3:
      return bytes.subarray(0, at);
    case 4: {
      const start = pick(bytes.length);
      const chunk = bytes.subarray(start, start + pick(200));
      return Buffer.concat([bytes.subarray(0, at), chunk, chunk, bytes.subarray(at)]);
    }
    default:
      return Buffer.concat([
        bytes.subarray(0, at),
        Buffer.from(Array.from({ length: pick(32) }, () => pick(256))),
        bytes.subarray(at),
      ]);
  }
}

const fixtures = FIXTURES.flatMap((folder) =>
  readdirSync(folder)
    .filter((name) => WIRE_FILE.test(name))
    .map((name) => ({ name, bytes: readFileSync(join(folder, name)) })),
);

let casesRun = 0;

describe('fuzzing every importer', () => {
  afterAll(() => {
    process.stdout.write(
      `${JSON.stringify({ fuzz: { fixtures: fixtures.length, cases: casesRun, seed: SEED } })}\n`,
    );
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))(
    '%s: mutations end in stories or a clear error',
    async (_name, fixture) => {
      const next = random(SEED ^ fixture.bytes.length);
      for (let index = 0; index < CASES; index += 1) {
        const input = mutate(fixture.bytes, next);
        casesRun += 1;
        try {
          const parsed = await parseWireFile(fixture.name, input);
          expect(parsed.stories.length).toBeGreaterThan(0);
          for (const story of parsed.stories) expect(story.headline.trim()).not.toBe('');
        } catch (error) {
          if (!(error instanceof ImportError)) {
            throw new Error(
              `case ${index} (seed ${SEED}) of ${fixture.name} crashed: ${(error as Error).stack}`,
              { cause: error },
            );
          }
          expect((error as Error).message.length).toBeGreaterThan(3);
        }
      }
    },
    Math.max(30_000, CASES * 100),
  );
});
