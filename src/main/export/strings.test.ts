import { describe, expect, it } from 'vitest';
import { exportStrings } from './strings';

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
