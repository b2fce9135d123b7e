import { describe, expect, it } from 'vitest';
import { defaultEditionTitle, exportStrings } from './strings';

describe('the words an export prints', () => {
  it('quotes the publication in the footer, unless its name already carries quotation marks', () => {
    expect(exportStrings('bg').footer('24 часа')).toBe(
      'Получавате този бюлетин, защото сте абонирани за „24 часа“.',
    );
    expect(exportStrings('bg').footer('„24 часа“ в мейла ти')).toBe(
      'Получавате този бюлетин, защото сте абонирани за „24 часа“ в мейла ти.',
    );
    expect(exportStrings('ru').footer('«Коммерсантъ» утром')).toBe(
      'Вы получаете эту рассылку, потому что подписаны на «Коммерсантъ» утром.',
    );
  });
});

describe('the title of an edition made without one', () => {
  it('is in the edition’s language, its date written out; English keeps the ISO date', () => {
    expect(defaultEditionTitle('2026-11-29', 'bg')).toBe('Издание от 29 ноември 2026 г.');
    expect(defaultEditionTitle('2026-11-29', 'ru-RU')).toBe('Выпуск от 29 ноября 2026 г.');
    expect(defaultEditionTitle('2026-11-29', 'en')).toBe('Edition 2026-11-29');
    expect(defaultEditionTitle('2026-11-29', 'de')).toBe('Edition 2026-11-29');
  });
});
