import { describe, expect, it } from 'vitest';
import { editionTwins } from './editionTwins';

describe('editions the menu would show alike', () => {
  it('are those of one date and one title, whatever the case or spaces', () => {
    expect(
      editionTwins([
        { id: 1, date: '2026-03-14', title: 'Сутрешен бюлетин' },
        { id: 2, date: '2026-03-14', title: 'сутрешен бюлетин ' },
        { id: 3, date: '2026-03-14', title: 'Вечерен' },
        { id: 4, date: '2026-03-15', title: 'Сутрешен бюлетин' },
        { id: 5, date: '2026-03-15', title: '' },
        { id: 6, date: '2026-03-15', title: '' },
      ]),
    ).toEqual(new Set([1, 2, 5, 6]));
  });
});
