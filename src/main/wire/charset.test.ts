import { describe, expect, it } from 'vitest';
import { CHARSET_TEXTS, MIXED_CRLF } from './__fixtures__/fixture-texts';
import { importFixture, texts } from './__fixtures__/read-fixture';

describe('plain text in legacy charsets', () => {
  it.each(CHARSET_TEXTS)('reads $file with the right letters', async (sample) => {
    const { stories } = await importFixture(sample.file);
    expect(stories[0]!.headline).toBe(sample.headline);
    expect(texts(stories[0]!)).toEqual(sample.paragraphs);
  });

  it('folds CRLF and lone LF, and drops stray control characters', async () => {
    const { stories } = await importFixture(MIXED_CRLF.file);
    expect(stories[0]!.headline).toBe(MIXED_CRLF.headline);
    expect(texts(stories[0]!)).toEqual(MIXED_CRLF.paragraphs);
  });
});
