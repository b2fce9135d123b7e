import { describe, expect, it } from 'vitest';
import { LABELLED } from './__fixtures__/labelled';
import { measureAccuracy } from './accuracy';
import { detectQuotes } from './detect';

describe('quote detection', () => {
  it('finds Bulgarian quotes with the speaker after or before them, and offsets into the text', () => {
    const text =
      'Президентът Владимир Путин пристигна в Бишкек.\n\n' +
      '"Отношенията се развиват успешно", каза Путин. "Дневният ред е много обширен", отбеляза той.\n\n' +
      'Според руския лидер "ще бъде подписан пакет от документи."\n\n' +
      '„Русия е надежден партньор“, заяви Садир Жапаров.';
    const quotes = detectQuotes(text, 'bg');
    expect(quotes.map((quote) => [quote.speaker, quote.cue])).toEqual([
      ['Владимир Путин', 'каза'],
      ['Владимир Путин', 'отбеляза'],
      ['Владимир Путин', 'според'],
      ['Садир Жапаров', 'заяви'],
    ]);
    for (const quote of quotes) expect(text.slice(quote.start, quote.end)).toBe(quote.text);
  });

  it('resolves a description to the person the story introduced with that role', () => {
    const text =
      'Кметът Иван Петров откри моста. Посланикът Анна Белова също присъства.\n\n„Мостът е готов навреме“, посочи кметът на града.';
    expect(detectQuotes(text, 'bg')[0]!.speaker).toBe('Иван Петров');
  });

  it('keeps one speaker for a quote continued in the next sentence', () => {
    const text =
      '“We will publish the figures,” Jane Roe told MPs. “Every pound is accounted for.”';
    expect(detectQuotes(text, 'en').map((quote) => quote.speaker)).toEqual([
      'Jane Roe',
      'Jane Roe',
    ]);
  });

  it('reads Russian guillemets, nested ones included, and genitive names after "по словам"', () => {
    const text =
      '«Мы прочитали статью «Новости дня» и согласны», — заявил Дмитрий Песков. По словам Сергея Лаврова, «переговоры продолжатся на следующей неделе».';
    expect(
      detectQuotes(text, 'ru').map((quote) => [quote.text.slice(0, 12), quote.speaker]),
    ).toEqual([
      ['Мы прочитали', 'Дмитрий Песков'],
      ['переговоры п', 'Сергей Лавров'],
    ]);
  });

  it('reads English rules for English copy whose language nobody gave and its words do not tell', () => {
    const [quote] = detectQuotes('"We will win," Smith told reporters on Tuesday.');
    expect(quote).toMatchObject({ text: 'We will win,', speaker: 'Smith' });
  });

  it('ignores terms in quotes and quotes that never close', () => {
    expect(
      detectQuotes('Компанията „Газпром“ обяви печалба. Той каза "нещо без край', 'bg'),
    ).toEqual([]);
  });

  it("meets its accuracy on the project's labelled paragraphs", () => {
    const accuracy = measureAccuracy(LABELLED);
    expect(accuracy.misses).toEqual([]);
    expect(accuracy.quotes.recall).toBe(1);
    expect(accuracy.quotes.precision).toBe(1);
  });
});
