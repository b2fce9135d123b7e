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

  it('takes the speaker before the quote when the words after it credit the agency ("съобщи БТА")', () => {
    const text =
      'Президентът Румен Радев заяви днес, че „няма да допуснем нови цени на тока“, съобщи БТА.';
    expect(detectQuotes(text, 'bg')[0]).toMatchObject({ speaker: 'Румен Радев', cue: 'заяви' });
  });

  it('does not take a heading above the paragraph into the speaker', () => {
    const text = 'Цените на тока остават.\n\nРеакции\nПремиерът отговори: „Ще обсъдим това утре“.';
    expect(detectQuotes(text, 'bg')[0]!.speaker).toBe('Премиерът');
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
    expect(quote).toMatchObject({ text: 'We will win', speaker: 'Smith' });
  });

  it('ignores terms in quotes and quotes that never close', () => {
    expect(
      detectQuotes('Компанията „Газпром“ обяви печалба. Той каза "нещо без край', 'bg'),
    ).toEqual([]);
  });

  it('reads the attribution in the sentence after the quote ("Това каза …")', () => {
    const text =
      '„Ще има избори наесен“, заяви президентът Румен Радев.\n\n' +
      '„Бюджетът е балансиран“. Това каза министърът на финансите Теменужка Петкова.';
    expect(detectQuotes(text, 'bg').map((quote) => [quote.speaker, quote.cue])).toEqual([
      ['Румен Радев', 'заяви'],
      ['Теменужка Петкова', 'каза'],
    ]);
  });

  it('reads "according to" after the quote as its speaker, in English, Bulgarian and Russian', () => {
    expect(
      detectQuotes('“Prices will fall next year,” according to Christine Lagarde.', 'en')[0],
    ).toMatchObject({ speaker: 'Christine Lagarde', cue: 'according to' });
    expect(
      detectQuotes('„Цените ще паднат догодина“, според Кристин Лагард.', 'bg')[0],
    ).toMatchObject({ speaker: 'Кристин Лагард', cue: 'според' });
    expect(
      detectQuotes('„Цените ще паднат“ – по думите на Кристин Лагард в интервю.', 'bg')[0],
    ).toMatchObject({ speaker: 'Кристин Лагард', cue: 'по думите на' });
    expect(
      detectQuotes('«Переговоры зашли в тупик», по словам Сергея Лаврова.', 'ru')[0],
    ).toMatchObject({ speaker: 'Сергей Лавров', cue: 'по словам' });
  });

  it('finds the speaker after where and to whom it was said ("каза пред БНТ министърът")', () => {
    const speakers = (text: string) => detectQuotes(text, 'bg').map((quote) => quote.speaker);
    expect(
      speakers(
        '„Ще има нови мерки“, коментира пред bTV министърът на здравеопазването Силви Кирилов.',
      ),
    ).toEqual(['Силви Кирилов']);
    expect(
      speakers(
        'Премиерът Росен Желязков свика съвета.\n\n„Ще има нови мерки от понеделник“, написа във Фейсбук Желязков.',
      ),
    ).toEqual(['Росен Желязков']);
    expect(
      speakers('„Няма да има нови данъци“, каза в интервю за БНР финансовият министър Петков.'),
    ).toEqual(['финансовият министър Петков']);
  });

  it('reads "– това заяви …" after a quote as its attribution', () => {
    expect(
      detectQuotes(
        '„Ще има нови мерки от понеделник“ – това заяви премиерът Росен Желязков.',
        'bg',
      ),
    ).toMatchObject([{ speaker: 'Росен Желязков', cue: 'заяви' }]);
  });

  it('suggests a quote of one or two words when it is said by someone, not a name in quotes', () => {
    const found = (text: string, lang = 'bg') =>
      detectQuotes(text, lang).map((quote) => [quote.text, quote.speaker]);
    expect(
      found('Кметът Иван Петров беше попитан за бюджета.\n\n„Няма пари“, каза Петров.'),
    ).toEqual([['Няма пари', 'Иван Петров']]);
    expect(found('Министър Анна Белова: „Категорично не.“')).toEqual([]);
    expect(found('Анна Белова отговори: „Категорично не.“')).toEqual([
      ['Категорично не.', 'Анна Белова'],
    ]);
    expect(found('Asked about the deal, John Smith paused. "No comment," he said.', 'en')).toEqual([
      ['No comment', 'John Smith'],
    ]);
    // Names and titles in quotes stay out, even where a verb follows them.
    expect(found('„Газпром“ обяви печалба. Компанията „Лукойл“ каза, че ще плати.')).toEqual([]);
    expect(found('Филмът „Под игото“, каза режисьорът, ще бъде показан отново.')).toEqual([]);
  });

  it('leaves the comma before the attribution out of the quote, and its mark ends where the words do', () => {
    const cases: [text: string, lang: string, quoted: string][] = [
      ['"We will not retreat," the minister said.', 'en', 'We will not retreat'],
      ['“Every pound is accounted for,” Roe told MPs.', 'en', 'Every pound is accounted for'],
      [
        '"Мостът ще облекчи движението в центъра," заяви Петров.',
        'bg',
        'Мостът ще облекчи движението в центъра',
      ],
      ['„Няма да вдигаме данъците,“ каза Петя Иванова.', 'bg', 'Няма да вдигаме данъците'],
      ['«Мы готовы к диалогу,» — заявил Дмитрий Песков.', 'ru', 'Мы готовы к диалогу'],
    ];
    for (const [text, lang, quoted] of cases) {
      const [quote] = detectQuotes(text, lang);
      expect(quote?.text).toBe(quoted);
      expect(text.slice(quote!.start, quote!.end)).toBe(quoted);
    }
    // The speaker's own full stop, question or exclamation mark stays: it ends what was said.
    expect(detectQuotes('"Will we retreat?" the minister asked.', 'en')[0]!.text).toBe(
      'Will we retreat?',
    );
    expect(detectQuotes('Анна Белова отговори: „Категорично не.“', 'bg')[0]!.text).toBe(
      'Категорично не.',
    );
  });

  it('suggests a short quote reported in a sentence, not a name in quotes after "че"', () => {
    const reported = 'Говорителят на МВР съобщи, че „разследването продължава“.';
    expect(detectQuotes(reported, 'bg')).toMatchObject([
      { text: 'разследването продължава', speaker: 'Говорителят на МВР', cue: 'съобщи' },
    ]);
    const english = 'Smith said that the numbers were "completely fabricated".';
    expect(detectQuotes(english, 'en')).toMatchObject([
      { text: 'completely fabricated', speaker: 'Smith' },
    ]);
    expect(detectQuotes('Министърът каза, че „Булгаргаз“ ще плати.', 'bg')).toEqual([]);
    // A statement quoted whole, with a quotation inside it: one quote, its marks in pairs.
    const nested = '„Говорителят на МВР съобщи, че „разследването продължава““, написа агенцията.';
    expect(detectQuotes(nested, 'bg')).toMatchObject([
      { text: 'Говорителят на МВР съобщи, че „разследването продължава“', cue: 'написа' },
    ]);
  });

  it("reads a quote by another language's rules where the story's find no speaker", () => {
    // A Bulgarian story quoting Medvedev in Russian, and a short one whose language is a guess.
    const text =
      'Бившият президент на Русия коментира решението в социалните мрежи.\n\n' +
      '«Санкции не работают», — сказал Медведев.';
    expect(detectQuotes(text, 'bg')[0]).toMatchObject({ speaker: 'Медведев', cue: 'сказал' });
    expect(detectQuotes('"We are ready," said Dr. Anna Lee.', 'bg')[0]?.speaker).toBe('Anna Lee');
  });

  it("meets its accuracy on the project's labelled paragraphs", () => {
    const accuracy = measureAccuracy(LABELLED);
    expect(accuracy.misses).toEqual([]);
    expect(accuracy.quotes.recall).toBe(1);
    expect(accuracy.quotes.precision).toBe(1);
  });
});
