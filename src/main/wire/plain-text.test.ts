import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, sizeRefusal } from './decode';
import { parseWireFile } from './import-file';
import { importPlainText, splitParagraphs } from './plain-text';
import { jpegWithXmp } from './__fixtures__/jpeg-with-xmp';

const SAMPLE = join(__dirname, '../../../resources/samples/2026-03-14-sofia-metro.txt');

describe('plain-text importer', () => {
  it('reads a "date YYYY-MM-DD" header line: the date, and the rest of the line as kicker', async () => {
    const story = importPlainText(
      ' date 2025-11-26 "24 часа" в мейла ти. Новините накуп\n\nПървият абзац на новината, каза той.\n\nВторият абзац.',
    );
    expect(story.storyDate).toBe('2025-11-26');
    expect(story.kicker).toBe('"24 часа" в мейла ти. Новините накуп');
    expect(story.blocks.map((block) => block.kind)).toEqual(['paragraph', 'paragraph']);
    expect(story.language).toBe('bg');
  });

  it("keeps the project's sample story whole: paragraphs, quotes and Cyrillic", async () => {
    const parsed = await parseWireFile('metro.txt', readFileSync(SAMPLE));
    const story = parsed.stories[0]!;
    expect(story.storyDate).toBe('2026-03-14');
    expect(story.source).toBe('БТА');
    expect(story.blocks).toHaveLength(4);
    expect(JSON.stringify(story.blocks)).toContain('„Искаме всеки лев да бъде проследим“');
    expect(story.headline.startsWith('Третият лъч на метрото в София')).toBe(true);
    expect(story.headline.length).toBeLessThanOrEqual(111);
  });

  it('takes "URGENT" on its own line above the headline as the priority, not the headline', async () => {
    const story = importPlainText(
      'СВЕТКАВИЦА\n\nЗеметресение в Кресна\n\nТрус с магнитуд 4,5 беше усетен тази нощ.',
    );
    expect(story).toMatchObject({
      headline: 'Земетресение в Кресна',
      kicker: 'СВЕТКАВИЦА',
      urgency: 1,
    });
    const urgent = importPlainText(
      'URGENT\n\nParliament dissolved\n\nThe president signed the decree.',
    );
    expect(urgent).toMatchObject({
      headline: 'Parliament dissolved',
      kicker: 'URGENT',
      urgency: 2,
    });
    expect(urgent.blocks).toHaveLength(1);
    const tight = importPlainText(
      'URGENT\nParliament dissolved\n\nThe president signed the decree.',
    );
    expect(tight).toMatchObject({ headline: 'Parliament dissolved', kicker: 'URGENT' });
  });

  it('drops the colour codes a terminal-based wire system leaves in', async () => {
    const text = '\x1b[1mБуря над Варна\x1b[0m\n\nВятърът затвори \x1b[31mпристанището\x1b[0m.';
    const [story] = (await parseWireFile('storm.txt', Buffer.from(text))).stories;
    expect(story!.headline).toBe('Буря над Варна');
    expect(JSON.stringify(story!.blocks)).not.toMatch(/\[\d+m/);
  });

  it('uses a short first line without a full stop as the headline', async () => {
    const story = importPlainText(
      'Парламентът прие бюджета\n\nДепутатите гласуваха късно вечерта.',
    );
    expect(story.headline).toBe('Парламентът прие бюджета');
    expect(story.blocks).toHaveLength(1);
  });

  it('joins hard-wrapped lines and treats blank-line-free copy as one paragraph per line', async () => {
    expect(splitParagraphs('one line\nwrapped here\n\nsecond')).toEqual([
      'one line wrapped here',
      'second',
    ]);
    expect(splitParagraphs('first\nsecond\nthird')).toEqual(['first', 'second', 'third']);
  });

  it('reads header lines with or without a colon once a header has begun', () => {
    const story = importPlainText(
      'date 2026-03-14\nsource БТА\nAuthor: Елена Димитрова\nlanguage bg\n\nЗаглавие\n\nТекст.',
    );
    expect(story).toMatchObject({
      storyDate: '2026-03-14',
      source: 'БТА',
      byline: 'Елена Димитрова',
      language: 'bg',
      headline: 'Заглавие',
    });
  });

  it('reads a header that names its language in words, and keeps reading after it', () => {
    const story = importPlainText(
      'Title: Бюджетът\nSource: БТА\nLanguage: Bulgarian\nAuthor: Елена Димитрова\n\nТекст.',
    );
    expect(story).toMatchObject({
      headline: 'Бюджетът',
      byline: 'Елена Димитрова',
      language: 'bg',
    });
    // The primary subtag, as every other format gives it: "en_US" and "en" are one language.
    expect(importPlainText('Title: Budget\nLang: en_US\n\nText.').language).toBe('en');
  });

  it('ends a header written with colons at the first line without one', () => {
    const story = importPlainText('Date: 2026-03-14\nTitle race tightens at the top\n\nText.');
    expect(story.storyDate).toBe('2026-03-14');
    expect(story.headline).toBe('Title race tightens at the top');
  });

  it.each([
    'Title race tightens as Arsenal lose at home',
    'Source of Rhine pollution found',
    'Author Salman Rushdie wins peace prize',
    'Language row erupts in Kyiv parliament',
  ])(
    'reads a first line that starts with a header word but no colon as the headline: %s',
    (line) => {
      const story = importPlainText(`${line}\n\nThe story's first paragraph.`);
      expect(story.headline).toBe(line);
      expect(story.source).toBeNull();
      expect(story.byline).toBeNull();
      expect(story.language).toBe('en');
    },
  );

  it('takes the byline under the headline, and the dateline and agency from the lead', () => {
    const story = importPlainText(
      'Senate passes the budget\n\nBy MARY SMITH and JOHN DOE\nAssociated Press Writer\n\nWASHINGTON (AP) — The Senate passed the budget on Wednesday.\n',
    );
    expect(story).toMatchObject({
      headline: 'Senate passes the budget',
      byline: 'MARY SMITH and JOHN DOE, Associated Press Writer',
      dateline: 'WASHINGTON',
      source: 'AP',
    });
    expect(story.blocks).toHaveLength(1);
    const bulgarian = importPlainText(
      'Парламентът прие бюджета\n\nОт Иван Петров\n\nСофия (БТА) - Депутатите гласуваха късно вечерта.\n',
    );
    expect(bulgarian).toMatchObject({ byline: 'Иван Петров', dateline: 'София', source: 'БТА' });
    expect(bulgarian.blocks).toHaveLength(1);
  });

  it('takes a short headline ending in "!" or "?" as the headline, and the lead after it', () => {
    const story = importPlainText(
      'Quake hits Chiba!\n\nCHIBA, Nov 28 (Reuters) - A quake hit Chiba on Saturday.\n',
    );
    expect(story).toMatchObject({
      headline: 'Quake hits Chiba!',
      dateline: 'CHIBA, Nov 28',
      source: 'Reuters',
    });
    expect(story.blocks).toHaveLength(1);
    expect(importPlainText('Ще има ли избори?\n\nПартиите спорят за датата.\n').headline).toBe(
      'Ще има ли избори?',
    );
    // Two sentences on the first line are a lead, not a title.
    expect(
      importPlainText('Fire! Crews arrived at once?\n\nMore in a moment.\n').blocks,
    ).toHaveLength(2);
  });

  it('takes the place of a lead that opens with its place and date, with no agency in it', () => {
    for (const [lead, dateline] of [
      ['МОСКВА, 27 ноября. Правительство утвердило бюджет на следующий год.', 'МОСКВА'],
      ['Пловдив, 28 ноември - Голям пожар избухна в склад в промишлената зона.', 'Пловдив'],
      ['Стара Загора, 3 март 2026 г. – Общината обяви нов конкурс.', 'Стара Загора'],
      ['LONDON, Nov. 27 — Britain’s government set out its budget.', 'LONDON'],
      ['ПЛОВДИВ, 28 ноември (Фокус) - Голям пожар избухна в склад.', 'ПЛОВДИВ, 28 ноември'],
    ])
      expect(importPlainText(`Заглавие\n\n${lead}\n`).dateline, lead).toBe(dateline);
    // Commas and numbers that are no date: no dateline.
    for (const lead of [
      'Иванов, 45 години, е новият кмет на града.',
      'Петров, 3 от 5 гласа, спечели.',
      'Sofia, the capital, is growing.',
      // A day of the week or "today" before the date is no place.
      'Вторник, 28 ноември. Правителството обяви мерките.',
      'В неделя, 3 март – Изборите започнаха.',
      'On Monday, Nov. 27 — The talks resumed.',
      'Днес, 3 май - Празник е.',
    ])
      expect(importPlainText(`Заглавие\n\n${lead}\n`).dateline, lead).toBeNull();
  });

  it('leaves a paragraph that only begins with "От" or "By" in the text', () => {
    const story = importPlainText(
      'Нов закон\n\nОт днес влиза в сила новият закон\n\nДепутатите го приеха.\n',
    );
    expect(story.byline).toBeNull();
    expect(story.blocks).toHaveLength(2);
    const english = importPlainText('Rates rise\n\nBy a narrow margin\n\nThe bank voted.\n');
    expect(english.byline).toBeNull();
    expect(english.blocks).toHaveLength(2);
  });

  it('keeps the bylines and dateline a header gives', () => {
    const story = importPlainText(
      'Source: БТА\nByline: Елена Димитрова\nDateline: София\n\nЗаглавие\n\nОт Иван Петров\n\nВарна (ТАСС) - Текст.',
    );
    expect(story).toMatchObject({
      byline: 'Елена Димитрова',
      source: 'БТА',
      dateline: 'София',
    });
  });

  it('ignores a "date" line that is not a real date', async () => {
    const story = importPlainText('date 2025-02-31 kicker\n\nText.');
    expect(story.storyDate).toBeNull();
    expect(story.headline).toBe('date 2025-02-31 kicker');
  });
});

describe('reading files', () => {
  it.each([
    ['empty.txt', new Uint8Array(), /empty/],
    ['blank.txt', Buffer.from('  \n\n \t'), /only whitespace/],
    ['image.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]), /binary/],
    // A camera's JPEG can open with kilobytes of XMP, which is text: its signature tells.
    ['photo.jpg', jpegWithXmp(), /a picture \(JPEG\), not a news document/],
    ['scan.pdf', Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'), /PDF/],
    [
      'data.json',
      Buffer.from('{"name":"edition","version":"1.0.0"}'),
      /not a news document \(JSON/,
    ],
    [
      'inventory.xml',
      Buffer.from('<?xml version="1.0"?><inventory><item/></inventory>'),
      /not a news document \(XML whose root is <inventory>\)/,
    ],
    [
      'broken.xml',
      Buffer.from('<?xml version="1.0"?>\n<nitf>\n<body>\n</nitf>'),
      // Said once, plainly: not wrapped in the parser's own report of the error, and in the
      // words the window's English says it in (the CLI, a watched folder's .error.txt alike).
      /^XML error at line 3: <body> is closed by <\/nitf>$/,
    ],
    ['broken.json', Buffer.from('{"headline": '), /JSON error/],
    [
      'laughs.xml',
      Buffer.from(
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><lolz>&lol2;</lolz>',
      ),
      /declares its own entities/,
    ],
  ])('refuses %s with a reason', async (name, bytes, reason) => {
    await expect(parseWireFile(name, bytes)).rejects.toThrow(reason);
  });

  it('refuses a file over the size limit before decoding it', async () => {
    const big = new Uint8Array(51 * 1024 * 1024).fill(0x61);
    await expect(parseWireFile('big.txt', big)).rejects.toThrow(/larger than/);
  });

  it('says a size just over the limit as more than the limit', () => {
    expect(sizeRefusal(MAX_FILE_BYTES + 1)?.message).toBe(
      'file larger than 50 MB (50.1 MB): not a news story',
    );
    expect(sizeRefusal(MAX_FILE_BYTES)).toBeNull();
    expect(sizeRefusal(200 * 1024 * 1024)?.reason?.values).toEqual({
      limit: '50 MB',
      size: '200 MB',
    });
  });

  it('strips a BOM, CRLF line ends and stray control characters', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('Заглавие\r\n\r\nТекст\u0007 тук.\r\n'),
    ]);
    const story = (await parseWireFile('bom.txt', bytes)).stories[0]!;
    expect(story.headline).toBe('Заглавие');
    expect(story.blocks).toEqual([{ kind: 'paragraph', inlines: [{ text: 'Текст тук.' }] }]);
  });
});
