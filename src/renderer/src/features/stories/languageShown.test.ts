import { describe, expect, it } from 'vitest';
import { languageShown } from './languageShown';

describe('a story’s language in its wire details', () => {
  it('is named in the interface’s language, with its tag', () => {
    expect(languageShown('bg', 'bg')).toBe('български (bg)');
    expect(languageShown('en-GB', 'en')).toBe('British English (en-GB)');
    expect(languageShown('xx-invalid-?', 'en')).toBe('xx-invalid-?');
  });
});
