import { describe, expect, it } from 'vitest';
import { headlineFromLead, looksLikeTitle } from './headline';

describe('headlines for copy that has none', () => {
  it.each([
    [
      'U.S. President Joe Biden said more aid would come. Talks went on.',
      'U.S. President Joe Biden said more aid would come.',
    ],
    ['Dr. Maria Ivanova heads the clinic. She said so.', 'Dr. Maria Ivanova heads the clinic.'],
    [
      'BERLIN, 26. November (dpa) - Die Regierung plant mehr. Mehr folgt.',
      'BERLIN, 26. November (dpa) - Die Regierung plant mehr.',
    ],
    [
      'Президентът Радев посети гр. Пловдив днес. После замина.',
      'Президентът Радев посети гр. Пловдив днес.',
    ],
    ['J. R. Smith won the race. It rained.', 'J. R. Smith won the race.'],
    ['Цените са с 3 пр. пункта по-високи. Това е рекорд.', 'Цените са с 3 пр. пункта по-високи.'],
    ['Мярката важи от 1 януари 2026 г. Тя е временна.', 'Мярката важи от 1 януари 2026 г.'],
    // A sentence that ends in an ordinary word still ends there.
    ['The council met on Wednesday. It approved the budget.', 'The council met on Wednesday.'],
  ])(
    'does not end the first sentence at an abbreviation, an initial or an ordinal: %s',
    (lead, headline) => {
      expect(headlineFromLead(lead)).toBe(headline);
    },
  );

  it('keeps a short first sentence whole', () => {
    expect(headlineFromLead('Парламентът прие бюджета. Гласуването продължи до полунощ.')).toBe(
      'Парламентът прие бюджета.',
    );
  });

  it('cuts a long lead before its attribution clause', () => {
    const lead =
      'Стратегическото партньорство и съюз между Русия и Киргизстан се развиват успешно, заяви президентът Владимир Путин на среща с киргизстанския си колега Садир Жапаров, цитиран от ТАСС.';
    expect(headlineFromLead(lead)).toBe(
      'Стратегическото партньорство и съюз между Русия и Киргизстан се развиват успешно',
    );
  });

  it('falls back to a word boundary and an ellipsis when no clause break fits', () => {
    const lead = `${'дълга '.repeat(30)}дума.`;
    const headline = headlineFromLead(lead);
    expect(headline.endsWith('дълга…')).toBe(true);
    expect(headline.length).toBeLessThanOrEqual(111);
  });

  it('recognises a title line', () => {
    expect(looksLikeTitle('Парламентът прие бюджета')).toBe(true);
    expect(looksLikeTitle('Парламентът прие бюджета.')).toBe(false);
  });
});
