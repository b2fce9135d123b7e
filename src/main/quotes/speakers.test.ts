import { describe, expect, it } from 'vitest';
import { detectQuotes } from './detect';

/** Who each quote of the text is given to, in order. */
const speakers = (text: string, lang: string) =>
  detectQuotes(text, lang).map((quote) => quote.speaker);

describe('who said a quote', () => {
  it('resolves a description to the person the story introduced with that role', () => {
    const text =
      'Кметът Иван Петров откри моста. Посланикът Анна Белова също присъства.\n\n„Мостът е готов навреме“, посочи кметът на града.';
    expect(detectQuotes(text, 'bg')[0]!.speaker).toBe('Иван Петров');
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

  it('does not give a deputy, a former holder or an acting one the office-holder the story named', () => {
    expect(
      speakers(
        '„Ремонтът започва през април“, каза кметът Васил Терзиев. „Няма да има нови такси“, заяви заместник-кметът.',
        'bg',
      ),
    ).toEqual(['Васил Терзиев', 'заместник-кметът']);
    expect(
      speakers(
        '„Бюджетът ще мине“, каза премиерът Росен Желязков. „Не съм съгласен“, заяви вицепремиерът. „И аз не съм“, заяви бившият премиер.',
        'bg',
      ),
    ).toEqual(['Росен Желязков', 'вицепремиерът', 'бившият премиер']);
    expect(
      speakers(
        '„Ще има ред“, каза министърът Иван Петров. „Не знаем още“, заяви зам.-министърът.',
        'bg',
      ),
    ).toEqual(['Иван Петров', 'зам.-министърът']);
    expect(
      speakers(
        '"Work starts in April," said Mayor John Smith. "No new fees," said the deputy mayor.',
        'en',
      ),
    ).toEqual(['John Smith', 'the deputy mayor']);
    // The office itself, named again, is still the person.
    expect(
      speakers(
        '„Ремонтът започва през април“, каза кметът Васил Терзиев. „Няма да има нови такси“, заяви кметът.',
        'bg',
      ),
    ).toEqual(['Васил Терзиев', 'Васил Терзиев']);
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

  it('brings Russian feminine names after "по мнению" back to the nominative', () => {
    const text = 'По мнению Марии Захаровой, «это внутреннее дело страны».';
    expect(detectQuotes(text, 'ru')[0]!.speaker).toBe('Мария Захарова');
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

  it('takes a pronoun for the speaker without the words after it ("сказал он журналистам")', () => {
    const text =
      'Министр Сергей Лавров прибыл в Анкару.\n\n«Мы готовы к диалогу», — сказал он журналистам.';
    expect(detectQuotes(text, 'ru')[0]).toMatchObject({ speaker: 'Сергей Лавров' });
  });

  it('keeps a name whole with its particles, and takes the name after a title, not the title', () => {
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

  it('takes an institution named in several words whole', () => {
    const bulgarian = (text: string) => speakers(text, 'bg');
    expect(bulgarian('„Няма промяна“, съобщи Министерството на финансите.')).toEqual([
      'Министерството на финансите',
    ]);
    expect(bulgarian('„Всичко е наред“, каза Световната здравна организация.')).toEqual([
      'Световната здравна организация',
    ]);
    expect(bulgarian('„Готови сме“, заявиха от Министерството на финансите.')).toEqual([
      'Министерството на финансите',
    ]);
    // A person's name still ends where the words go on ("каза Петров пред журналисти").
    expect(bulgarian('„Готови сме“, каза Петров пред журналисти.')).toEqual(['Петров']);
  });

  it('gives a Russian speaker after "по словам" as a name, not half in the genitive', () => {
    const speaker = detectQuotes(
      'По словам министра финансов Антона Силуанова, «дефицит бюджета останется в пределах плана».',
      'ru',
    )[0]?.speaker;
    expect(speaker).toBe('Антон Силуанов');
  });
});
