import { describe, expect, it } from 'vitest';
import { headlineFromLead, looksLikeTitle } from './headline';

describe('headlines for copy that has none', () => {
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
