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
    expect(quote).toMatchObject({ text: 'We will win', speaker: 'Smith' });
  });

  it('ignores terms in quotes and quotes that never close', () => {
    expect(
      detectQuotes('Компанията „Газпром“ обяви печалба. Той каза "нещо без край', 'bg'),
    ).toEqual([]);
  });

  it('does not give a description the last speaker when the story gave that person another role', () => {
    const bg =
      'Кметът Иван Петров представи плана.\n\n„Започваме през април“, каза Петров.\n\n' +
      '„Искаме отчет за всеки лев“, заяви председателят на комисията по транспорт.';
    expect(detectQuotes(bg, 'bg').map((quote) => quote.speaker)).toEqual([
      'Иван Петров',
      'председателят на комисията по транспорт',
    ]);
    const en =
      'Prime Minister Jane Roe opened the debate. "We will balance the books," Roe said.\n\n' +
      'According to the finance minister, "the deficit will fall".';
    expect(detectQuotes(en, 'en').map((quote) => quote.speaker)).toEqual([
      'Jane Roe',
      'the finance minister',
    ]);
  });

  it('takes no adjective for a name ("the German chancellor said")', () => {
    const [quote] = detectQuotes('"We stand together," the German chancellor said.', 'en');
    expect(quote!.speaker).toBe('the German chancellor');
  });

  it('names a speaker as the story names the person, without the title or the office', () => {
    const text =
      'Говорителят на Кремъл Дмитрий Песков коментира.\n\n' +
      'Говорителят на МИД Мария Захарова също.\n\n' +
      '„Няма причина за промяна“, заяви говорителят на Кремъл Дмитрий Песков.\n\n' +
      '„Ще отговорим подобаващо на всичко“, каза МИД Мария Захарова.';
    expect(detectQuotes(text, 'bg').map((quote) => quote.speaker)).toEqual([
      'Дмитрий Песков',
      'Мария Захарова',
    ]);
  });

  it('keeps a name of three words whole (a patronymic, a middle name)', () => {
    const bg = '„Преговорите ще продължат следващата седмица“, заяви Сергей Викторович Лавров.';
    expect(detectQuotes(bg, 'bg')[0]!.speaker).toBe('Сергей Викторович Лавров');
    const en = '"We shall overcome this time," Martin Luther King said.';
    expect(detectQuotes(en, 'en')[0]!.speaker).toBe('Martin Luther King');
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

  it('brings Russian feminine names after "по мнению" back to the nominative', () => {
    const text = 'По мнению Марии Захаровой, «это внутреннее дело страны».';
    expect(detectQuotes(text, 'ru')[0]!.speaker).toBe('Мария Захарова');
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

  it('names an office-holder by the whole reference: the name after the office, else the office with its complement', () => {
    const speaker = (text: string, lang: string) => detectQuotes(text, lang)[0]?.speaker;
    expect(
      speaker(
        '„Няма да има предсрочни избори“, каза председателят на парламента Росен Желязков.',
        'bg',
      ),
    ).toBe('Росен Желязков');
    expect(
      speaker(
        'Председателят на парламента Росен Желязков заяви: „Няма да има предсрочни избори“.',
        'bg',
      ),
    ).toBe('Росен Желязков');
    expect(
      speaker(
        'Министърът на финансите Асен Василев заяви, че „бюджетът ще бъде приет навреме“.',
        'bg',
      ),
    ).toBe('Асен Василев');
    expect(
      speaker('„Бюджетът ще бъде приет до края на месеца“, заяви министърът на финансите.', 'bg'),
    ).toBe('министърът на финансите');
    expect(
      speaker(
        '„Бюджетът ще бъде приет до края на месеца“, заяви председателят на Народното събрание.',
        'bg',
      ),
    ).toBe('председателят на Народното събрание');
    expect(
      speaker('Министърът на финансите заяви, че „бюджетът ще бъде приет навреме“.', 'bg'),
    ).toBe('Министърът на финансите');
    expect(speaker('"We will not retreat," said the minister of defence.', 'en')).toBe(
      'the minister of defence',
    );
    expect(speaker('"We will not retreat," the minister of defence said.', 'en')).toBe(
      'the minister of defence',
    );
    expect(speaker('«Мы не отступим», — заявил председатель Госдумы Вячеслав Володин.', 'ru')).toBe(
      'Вячеслав Володин',
    );
    expect(speaker('«Мы не отступим», — заявил министр иностранных дел России.', 'ru')).toBe(
      'министр иностранных дел России',
    );
  });

  it('gives "she" and "he" to a person of that gender, else to no one', () => {
    const text = [
      'Премиерът Росен Желязков обяви мерките в понеделник.',
      '',
      'Министърката на финансите Теменужка Петкова представи бюджета.',
      '',
      '„Ще видим“, каза тя.',
      '',
      '„Няма да отстъпим“, каза той.',
    ].join('\n');
    expect(detectQuotes(text, 'bg').map((quote) => quote.speaker)).toEqual([
      'Теменужка Петкова',
      'Росен Желязков',
    ]);
    // No woman named before: "тя" is no one the story names, not the last man.
    const noWoman = 'Премиерът Росен Желязков обяви мерките.\n\n„Ще видим“, каза тя.';
    expect(detectQuotes(noWoman, 'bg')[0]!.speaker).toBeNull();
    const russian =
      'Министр Сергей Лавров прибыл в Анкару.\n\n«Мы готовы к диалогу», — сказала она.';
    expect(detectQuotes(russian, 'ru')[0]!.speaker).toBeNull();
    // Names that do not say: the pronoun keeps the nearest speaker, as it always has.
    const mustafa = [
      'Лидерът Делян Пеевски говори първи.',
      '',
      'След него Мустафа Карадайъ заяви позицията на партията.',
      '',
      '„Ще гласуваме против“, каза той.',
    ].join('\n');
    expect(detectQuotes(mustafa, 'bg')[0]!.speaker).toBe('Мустафа Карадайъ');
    const marin = 'Премиерът Санна Марин пристигна в София.\n\n„Ще помогнем“, каза тя.';
    expect(detectQuotes(marin, 'bg')[0]!.speaker).toBe('Санна Марин');
  });

  it('knows the gender of common English first names, so "he" is not the woman just quoted', () => {
    const text = [
      '"This is a reckless gamble," opposition leader Jane Smith told reporters.',
      '',
      'The finance minister defended the plan. "It\'s not about ideology," he said.',
    ].join('\n');
    expect(detectQuotes(text, 'en').map((quote) => quote.speaker)).toEqual(['Jane Smith', null]);
    const john = '"We are ready," said John Brown.\n\n"It will work," he added.';
    expect(detectQuotes(john, 'en').map((quote) => quote.speaker)).toEqual([
      'John Brown',
      'John Brown',
    ]);
    // A name that does not say (Alex, Jordan): the pronoun keeps the nearest speaker.
    const alex = '"We are ready," said Alex Turner.\n\n"It will work," she added.';
    expect(detectQuotes(alex, 'en')[1]!.speaker).toBe('Alex Turner');
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

  it('takes a pronoun for the speaker without the words after it ("сказал он журналистам")', () => {
    const text =
      'Министр Сергей Лавров прибыл в Анкару.\n\n«Мы готовы к диалогу», — сказал он журналистам.';
    expect(detectQuotes(text, 'ru')[0]).toMatchObject({ speaker: 'Сергей Лавров' });
  });

  it('keeps a name whole with its particles, and takes the name after a title, not the title', () => {
    const speakers = (text: string, lang: string) =>
      detectQuotes(text, lang).map((quote) => quote.speaker);
    expect(speakers('„Второ“, каза Урсула фон дер Лайен.', 'bg')).toEqual(['Урсула фон дер Лайен']);
    expect(speakers('„Трето“, каза Шарл дьо Гол.', 'bg')).toEqual(['Шарл дьо Гол']);
    expect(speakers('"Eight," said Ursula von der Leyen.', 'en')).toEqual(['Ursula von der Leyen']);
    // The name after an office and its complement, not the office (nor the last speaker).
    expect(
      speakers(
        'Кенет Мертен заяви: „Ще видим“.\n„Ще следим внимателно“, каза председателят на ЕК Урсула фон дер Лайен.',
        'bg',
      ),
    ).toEqual(['Кенет Мертен', 'Урсула фон дер Лайен']);
    expect(speakers('«Это важный шаг», заявил посол России Иван Петров.', 'ru')).toEqual([
      'Иван Петров',
    ]);
    expect(speakers('"We welcome the package," said EU commissioner Anna Schmidt.', 'en')).toEqual([
      'Anna Schmidt',
    ]);
    expect(
      speakers('"We will act," said European Commission President Ursula von der Leyen.', 'en'),
    ).toEqual(['Ursula von der Leyen']);
    // A name set off by commas before the verb; a clause between commas is no speaker.
    expect(
      speakers('The central bank governor, Maria Lopez, said: "Inflation is falling."', 'en'),
    ).toEqual(['Maria Lopez']);
    for (const [text, lang] of [
      ['John Smith, who heads the Senate Finance Committee, said: "We agree."', 'en'],
      ['Smith, speaking to Reuters, said: "We agree."', 'en'],
      ['Песков, отвечая на вопрос журналистов, заявил: «Это не так».', 'ru'],
      ['Петков, който се срещна с Урсула фон дер Лайен, каза: „Съгласни сме“.', 'bg'],
      ['Освен това, добави: „Съгласни сме“.', 'bg'],
    ] as const)
      expect(speakers(text, lang), text).not.toContainEqual(
        expect.stringMatching(/Finance|speaking|отвечая|Лайен|Освен/),
      );
  });

  it('reads a speaker through the dots of titles and initials ("Dr.", "U.S.", "проф.")', () => {
    const speakers = (text: string, lang: string) =>
      detectQuotes(text, lang).map((quote) => quote.speaker);
    expect(speakers('"No comment," said Dr. Anna Lee of the WHO.', 'en')).toEqual(['Anna Lee']);
    expect(
      speakers('"It was a mistake," said U.S. Secretary of State Antony Blinken.', 'en'),
    ).toEqual(['Antony Blinken']);
    expect(speakers('"We are ready," Mr. Smith said.', 'en')).toEqual(['Smith']);
    expect(speakers('"We are ready," said Mrs. Jane Smith.', 'en')).toEqual(['Jane Smith']);
    expect(speakers('„Готови сме“, каза проф. Иванов.', 'bg')).toEqual(['Иванов']);
    expect(speakers('„Готови сме“, каза д-р Мария Иванова.', 'bg')).toEqual(['Мария Иванова']);
    expect(speakers('"No comment," said the WHO.', 'en')).toEqual(['the WHO']);
    // The title before the name, the verb after it.
    expect(
      speakers('"The talks were productive," U.S. Secretary of State Antony Blinken said.', 'en'),
    ).toEqual(['Antony Blinken']);
    // A person of a body: the person, not the body.
    expect(
      speakers('"We are ready," said Anna Lee of the World Health Organization.', 'en'),
    ).toEqual(['Anna Lee']);
    // A sentence ending in a single capital is no initial: the next sentence's speaker stands.
    expect(
      speakers(
        'Talks with John Smith stalled in Plan B. Officials said "we will not sign this deal now, not ever".',
        'en',
      ),
    ).toEqual(['Officials']);
  });

  it('takes the source after "според" and "according to", not the cue with it', () => {
    const speakers = (text: string, lang: string) =>
      detectQuotes(text, lang).map((quote) => quote.speaker);
    expect(
      speakers('Според Ройтерс, „инфлацията ще достигне 7 процента до края на годината“.', 'bg'),
    ).toEqual(['Ройтерс']);
    expect(
      speakers('According to Reuters, the plan "will save 10 billion pounds by 2027".', 'en'),
    ).toEqual(['Reuters']);
  });

  it('credits an institution that spoke ("сказали в МИД России", "заявиха от МВнР")', () => {
    expect(detectQuotes('«Мы ждем», — сказали в МИД России.', 'ru')[0]).toMatchObject({
      speaker: 'МИД России',
      cue: 'сказали',
    });
    expect(detectQuotes('„Проверката продължава“, заявиха от МВР.', 'bg')[0]?.speaker).toBe('МВР');
  });

  it("reads a quote by another language's rules where the story's find no speaker", () => {
    // A Bulgarian story quoting Medvedev in Russian, and a short one whose language is a guess.
    const text =
      'Бившият президент на Русия коментира решението в социалните мрежи.\n\n' +
      '«Санкции не работают», — сказал Медведев.';
    expect(detectQuotes(text, 'bg')[0]).toMatchObject({ speaker: 'Медведев', cue: 'сказал' });
    expect(detectQuotes('"We are ready," said Dr. Anna Lee.', 'bg')[0]?.speaker).toBe('Anna Lee');
  });

  it('takes an institution named in several words whole', () => {
    const speakers = (text: string) => detectQuotes(text, 'bg').map((quote) => quote.speaker);
    expect(speakers('„Няма промяна“, съобщи Министерството на финансите.')).toEqual([
      'Министерството на финансите',
    ]);
    expect(speakers('„Всичко е наред“, каза Световната здравна организация.')).toEqual([
      'Световната здравна организация',
    ]);
    expect(speakers('„Готови сме“, заявиха от Министерството на финансите.')).toEqual([
      'Министерството на финансите',
    ]);
    // A person's name still ends where the words go on ("каза Петров пред журналисти").
    expect(speakers('„Готови сме“, каза Петров пред журналисти.')).toEqual(['Петров']);
  });

  it('gives a Russian speaker after "по словам" as a name, not half in the genitive', () => {
    const speaker = detectQuotes(
      'По словам министра финансов Антона Силуанова, «дефицит бюджета останется в пределах плана».',
      'ru',
    )[0]?.speaker;
    expect(speaker).toBe('Антон Силуанов');
  });

  it("meets its accuracy on the project's labelled paragraphs", () => {
    const accuracy = measureAccuracy(LABELLED);
    expect(accuracy.misses).toEqual([]);
    expect(accuracy.quotes.recall).toBe(1);
    expect(accuracy.quotes.precision).toBe(1);
  });
});
