import { describe, expect, it } from 'vitest';
import { resolveInitialLanguage } from './language';
import en from './locales/en.json';
import bg from './locales/bg.json';

describe('resolveInitialLanguage', () => {
  it('prefers the saved choice', () => {
    expect(resolveInitialLanguage({ language: 'en' }, 'bg-BG')).toBe('en');
    expect(resolveInitialLanguage({ language: 'bg' }, 'en-US')).toBe('bg');
  });

  it('follows a Bulgarian browser or OS when nothing is saved', () => {
    expect(resolveInitialLanguage({ language: null }, 'bg-BG')).toBe('bg');
    expect(resolveInitialLanguage({ language: null }, 'BG')).toBe('bg');
    expect(resolveInitialLanguage(null, 'de-DE')).toBe('en');
    expect(resolveInitialLanguage(null, undefined)).toBe('en');
  });
});

describe('locales', () => {
  const keys = (node: object, prefix = ''): string[] =>
    Object.entries(node).flatMap(([key, value]) =>
      typeof value === 'object' && value !== null
        ? keys(value as object, `${prefix}${key}.`)
        : [`${prefix}${key}`],
    );

  it('have the same keys in English and Bulgarian', () => {
    expect(keys(bg).sort()).toEqual(keys(en).sort());
  });

  it('keep the save status words the tests rely on', () => {
    expect(en.save).toMatchObject({
      saved: 'Saved',
      saving: 'Saving…',
      unsaved: 'Unsaved changes',
    });
    expect(bg.save.saved).toBe('Запазено');
  });
});
