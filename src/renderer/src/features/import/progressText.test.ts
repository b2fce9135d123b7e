import { describe, expect, it } from 'vitest';
import i18next, { type TFunction } from 'i18next';
import en from '@renderer/i18n/locales/en.json';
import bg from '@renderer/i18n/locales/bg.json';
import { progressPercent, progressText } from './progressText';
import type { ImportProgress } from './importJob';

async function translator(language: 'en' | 'bg'): Promise<TFunction> {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: { en: { translation: en }, bg: { translation: bg } },
    interpolation: { escapeValue: false },
  });
  return instance.t;
}

const base: ImportProgress = {
  total: 340,
  done: 12,
  current: 'name.xml',
  errors: 2,
  collecting: false,
  cancelling: false,
};

describe('progressText', () => {
  it('says how far, what now, and how many errors', async () => {
    const t = await translator('en');
    // The errors before the file name: a long name would push them out of the two lines shown.
    expect(progressText(t, base)).toBe('12 of 340 files · 2 errors so far · current: name.xml');
    expect(progressText(t, { ...base, errors: 0 })).toBe('12 of 340 files · current: name.xml');
    expect(progressText(t, { ...base, errors: 1, total: 1, done: 0 })).toBe(
      '0 of 1 file · 1 error so far · current: name.xml',
    );
    expect(progressText(t, { ...base, cancelling: true })).toBe(
      '12 of 340 files · 2 errors so far · cancelling: waiting for the files already sent',
    );
    expect(progressText(t, { ...base, total: 0, done: 0, current: null, collecting: true })).toBe(
      'Reading the dropped folders…',
    );
  });

  it('speaks Bulgarian', async () => {
    const t = await translator('bg');
    expect(progressText(t, base)).toBe('12 от 340 файла · 2 грешки досега · текущ: name.xml');
    expect(progressText(t, { ...base, errors: 1, total: 1, done: 1 })).toBe(
      '1 от 1 файл · 1 грешка досега · текущ: name.xml',
    );
  });

  it('fills the bar by files answered', () => {
    expect(progressPercent(base)).toBe(4);
    expect(progressPercent({ ...base, done: 340 })).toBe(100);
    expect(progressPercent({ ...base, total: 0, done: 0 })).toBe(0);
  });
});
