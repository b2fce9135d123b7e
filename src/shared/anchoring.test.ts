import { describe, expect, it } from 'vitest';
import { contextAround, findAnchor } from './anchoring';

const TEXT =
  'Путин каза: "Отношенията се развиват успешно". После добави: "Отношенията се развиват успешно и в икономиката".';

describe('re-anchoring a quote', () => {
  it('picks the occurrence whose surroundings match', () => {
    const second = TEXT.lastIndexOf('Отношенията се развиват успешно');
    const anchor = contextAround(TEXT, second, second + 'Отношенията се развиват успешно'.length);
    expect(findAnchor(TEXT, anchor)).toMatchObject({ start: second, exact: true });
    const first = TEXT.indexOf('Отношенията');
    expect(findAnchor(TEXT, contextAround(TEXT, first, first + 31))).toMatchObject({
      start: first,
    });
  });

  it('finds a near-identical quote after a small edit', () => {
    const anchor = { quote: 'Дневният ред на преговорите е много обширен', prefix: '', suffix: '' };
    const edited = 'Той отбеляза: "Дневният ред на преговорите е доста обширен", после замълча.';
    const match = findAnchor(edited, anchor)!;
    expect(match.exact).toBe(false);
    expect(edited.slice(match.start, match.end)).toBe(
      'Дневният ред на преговорите е доста обширен',
    );
  });

  it('does not anchor to unrelated text', () => {
    const anchor = { quote: 'Дневният ред на преговорите е много обширен', prefix: '', suffix: '' };
    expect(
      findAnchor('Футболният мач завърши наравно след силна игра и на двата отбора.', anchor),
    ).toBeNull();
    expect(findAnchor('anything', { quote: '  ', prefix: '', suffix: '' })).toBeNull();
  });
});
