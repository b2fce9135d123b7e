import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './charset';
import { parseWireFile } from './import-file';
import { CHARSET_TEXTS, MIXED_CRLF } from './__fixtures__/fixture-texts';
import { importFixture, texts } from './__fixtures__/read-fixture';

describe('plain text in legacy charsets', () => {
  it.each(CHARSET_TEXTS)('reads $file with the right letters', async (sample) => {
    const { stories } = await importFixture(sample.file);
    expect(stories[0]!.headline).toBe(sample.headline);
    expect(texts(stories[0]!)).toEqual(sample.paragraphs);
  });

  it('folds CRLF and lone LF, and drops stray control characters', async () => {
    const { stories } = await importFixture(MIXED_CRLF.file);
    expect(stories[0]!.headline).toBe(MIXED_CRLF.headline);
    expect(texts(stories[0]!)).toEqual(MIXED_CRLF.paragraphs);
  });
});

describe('Cyrillic charsets that are not what they seem', () => {
  const RU =
    'В Русском музее в субботу открылась выставка, посвящённая художникам Русского Севера.';
  const BG = 'Общината пуска нови трамваи по линия 5 до края на годината, съобщиха от общината.';
  const rss = (declared: string, body: string) =>
    `<?xml version="1.0" encoding="${declared}"?><rss version="2.0"><channel><title>Лента</title>` +
    `<item><title>Выставка</title><description>${body}</description></item></channel></rss>`;
  const body = async (name: string, bytes: Buffer) =>
    texts((await parseWireFile(name, bytes)).stories[0]!);

  it('reads ISO-8859-5 without a declaration as ISO-8859-5, not as DOS box drawing', async () => {
    const file = iconv.encode(`Выставка\n\n${RU}\n`, 'iso-8859-5');
    expect((await parseWireFile('ru.txt', file)).charset).toBe('iso-8859-5');
    expect(await body('ru.txt', file)).toEqual([RU]);
  });

  it.each([
    ['windows-1251', 'koi8-r'],
    ['koi8-r', 'windows-1251'],
  ])('overrules a declared %s on bytes that are %s', async (declared, actual) => {
    const file = iconv.encode(rss(declared, RU), actual);
    expect(await body('feed.xml', file)).toEqual([RU]);
  });

  it.each(['windows-1251', 'koi8-r'])(
    'keeps a true %s declaration on copy in capitals, telex style',
    async (charset) => {
      const CAPS = 'ПРАВИТЕЛСТВОТО ОДОБРИ БЮДЖЕТА ЗА СЛЕДВАЩАТА ГОДИНА НА ИЗВЪНРЕДНО ЗАСЕДАНИЕ.';
      const file = iconv.encode(rss(charset, CAPS), charset);
      expect(await body('feed.xml', file)).toEqual([CAPS]);
    },
  );

  it.each(['Ça va très bien.', 'Où est le café?'])(
    'keeps a true Western declaration on a short text the statistics take for another Latin charset: %s',
    (text) => {
      expect(decodeBytes(iconv.encode(text, 'latin1'), 'iso-8859-1')).toMatchObject({
        text,
        reason: 'declared',
      });
    },
  );

  // Found in review: detection that overrules these reads them in another Latin charset.
  it.each([
    ["l'œuvre d'art", 'iso-8859-15'],
    ['Bodø blir kaldt i helgen', 'iso-8859-1'],
    ['Veðurstofa Íslands', 'windows-1252'],
  ])('keeps a true Western declaration: %s (%s)', (text, charset) => {
    expect(decodeBytes(iconv.encode(text, charset), charset)).toMatchObject({
      text,
      reason: 'declared',
    });
  });

  it('reads a declared ISO-8859-1 as windows-1252, as browsers do: curly quotes, dashes, €', () => {
    const text = '“Das Budget” – 5 € pro Kopf';
    expect(decodeBytes(iconv.encode(text, 'windows-1252'), 'iso-8859-1').text).toBe(text);
  });

  it.each([
    [
      'windows-1250',
      'Vláda schválila rozpočet na příští rok. Ministr financí řekl, že schodek klesne a daně se nezvýší.',
    ],
    [
      'windows-1254',
      "İstanbul'da şiddetli yağış nedeniyle birçok cadde su altında kaldı; belediye çalışmalarını sürdürüyor.",
    ],
  ])(
    'overrules a Western declaration on %s text with accented letters enough to tell',
    (charset, text) => {
      expect(decodeBytes(iconv.encode(text, charset), 'iso-8859-1').text).toBe(text);
    },
  );

  it('keeps a true Cyrillic declaration', async () => {
    const file = iconv.encode(rss('windows-1251', BG), 'windows-1251');
    expect(await body('feed.xml', file)).toEqual([BG]);
  });

  it('reads a UTF-8 file with one line pasted in windows-1251, each line in its own charset', async () => {
    const file = Buffer.concat([
      Buffer.from(`Выставка\n\n${RU}\n\n`, 'utf8'),
      iconv.encode(BG, 'windows-1251'),
      Buffer.from('\n', 'utf8'),
    ]);
    expect(await body('mixed.txt', file)).toEqual([RU, BG]);
  });
});

describe('UTF-8 that is nearly valid', () => {
  it('reads a file cut inside its last character as UTF-8, without that character', () => {
    const whole = Buffer.from(
      'Council approves budget\n\nThe council approved it “after a long debate”. Café owners protested. Price: 5 €.\n',
    );
    const decoded = decodeBytes(whole.subarray(0, whole.length - 4));
    expect(decoded.charset).toBe('UTF-8');
    expect(decoded.text).toContain('“after a long debate”. Café owners protested. Price: 5 ');
  });

  it('reads UTF-8 lines with a stray windows byte as UTF-8, the stray in the text’s legacy charset', () => {
    for (const [before, after, stray] of [
      ['Президентът Румен Радев заяви ', ' днес в София, че ще подпише указа.', '–'],
      ['Der Präsident sagte am Mittwoch ', ' in Berlin, dass er unterschreibt.', '–'],
    ] as const) {
      const file = Buffer.concat([
        Buffer.from(`Заглавие\n\n${before}`, 'utf8'),
        Buffer.from([0x96]), // an en dash in windows-1251 and windows-1252 alike
        Buffer.from(`${after}\nВтори ред.\n`, 'utf8'),
      ]);
      expect(decodeBytes(file).text).toBe(`Заглавие\n\n${before}${stray}${after}\nВтори ред.\n`);
    }
    // A Cyrillic letter pasted from windows-1251 into Bulgarian UTF-8 is that letter.
    const letter = Buffer.concat([
      Buffer.from('Само една буква: ', 'utf8'),
      Buffer.from([0xe6]),
      Buffer.from(', нищо повече не е счупено в този ред.\n', 'utf8'),
    ]);
    expect(decodeBytes(letter).text).toBe(
      'Само една буква: ж, нищо повече не е счупено в този ред.\n',
    );
  });
});

describe('UTF-8 copy with a line pasted in a legacy charset', () => {
  // A few words in another charset say little to statistics: chardet read these as EUC-JP and
  // windows-1257. The lines are read in the charset a newsroom's legacy copy is in.
  it.each([
    ['a short Bulgarian line in windows-1251', 'Жълт цвят', 'windows-1251'],
    ['a short Russian line in KOI8-R', 'Москва, 5 марта', 'koi8-r'],
    ['a short French line in windows-1252', 'Ça va très bien', 'windows-1252'],
    ['a German line in windows-1252', 'Grüße aus Köln', 'windows-1252'],
    ['a Greek line in ISO-8859-7', 'Αθήνα, Τρίτη', 'iso-8859-7'],
    [
      'a Greek paragraph in ISO-8859-7',
      'Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα για την οικονομία και τις τιμές.',
      'iso-8859-7',
    ],
    [
      'a Czech paragraph in windows-1250',
      'Vláda v úterý schválila návrh rozpočtu, řekl ministr financí. Schodek se sníží o třetinu.',
      'windows-1250',
    ],
    ['a Greek line in capitals', 'ΣΕΙΣΜΟΣ 5,2 ΡΙΧΤΕΡ ΣΤΗΝ ΚΡΗΤΗ', 'iso-8859-7'],
    ['a Hebrew line', 'בנק ישראל הודיע היום על העלאת הריבית', 'windows-1255'],
    ['a short Czech line in windows-1250', 'Premiér v Brně.', 'windows-1250'],
  ])('reads UTF-8 with %s', (_name, line, charset) => {
    const file = Buffer.concat([
      Buffer.from('Заглавие\n\nПървият ред е на кирилица в UTF-8.\n', 'utf8'),
      iconv.encode(line, charset),
      Buffer.from('\nКрай.\n', 'utf8'),
    ]);
    const decoded = decodeBytes(file);
    expect(decoded.text.split('\n')[3]).toBe(line);
    expect(decoded.reason).toBe('mixed-lines');
  });
});

describe('a few words with no declaration (a flash, a headline on its own)', () => {
  // On so little, chardet names whatever fits: Big5, Shift_JIS, Hebrew, Greek, or UTF-8 for
  // bytes that are not UTF-8. Cyrillic must still come out as Cyrillic.
  it.each([
    ['Жълт цвят', 'windows-1251'],
    ['Жълт цвят', 'koi8-r'],
    ['Путин', 'windows-1251'],
    ['Путин', 'koi8-r'],
    ['Москва, 5 марта', 'windows-1251'],
    ['Москва, 5 марта', 'koi8-r'],
    ['СОФИЯ, 5 МАРТ (БТА)', 'windows-1251'],
    ['СОФИЯ, 5 МАРТ (БТА)', 'koi8-r'],
    // A headline and a line, with fewer of the commonest letters than longer copy has.
    ['Дождь в Москве\n\nИдёт дождь.', 'koi8-r'],
    ['Дождь в Москве\n\nИдёт дождь.', 'windows-1251'],
    ['Жужжит шмель', 'koi8-r'],
    ['Ça va très bien', 'windows-1252'],
    ['Café', 'windows-1252'],
    ['Grüße aus Köln', 'windows-1252'],
    ['Αθήνα, Τρίτη', 'iso-8859-7'],
    // Greek capitals read as KOI8-R are well-cased Cyrillic; Hebrew reads as KOI8-R capitals.
    ['ΣΕΙΣΜΟΣ 5,2 ΡΙΧΤΕΡ ΣΤΗΝ ΚΡΗΤΗ', 'iso-8859-7'],
    ['ΣΕΙΣΜΟΣ 5,2 ΡΙΧΤΕΡ ΣΤΗΝ ΚΡΗΤΗ', 'windows-1253'],
    ['και το στο του', 'iso-8859-7'],
    ['בנק ישראל הודיע היום על העלאת הריבית', 'windows-1255'],
    ['בנק ישראל הודיע היום על העלאת הריבית', 'iso-8859-8'],
    // Central European letters that windows-1252 has no letter for (ł → ³, ž → ¾).
    ['Wałęsa: Polska musi być silna', 'iso-8859-2'],
    [
      'Premiér řekl, že vláda zváží, zda daň sníží už příští rok, a tři ministři souhlasí.',
      'windows-1250',
    ],
    // Central European and Baltic letters that windows-1252 reads as other letters.
    ['Łodzi.', 'iso-8859-2'],
    ['Brně.', 'windows-1250'],
    ['Országgyűlés', 'iso-8859-2'],
    ['koji će', 'windows-1250'],
    ['Iaşi,', 'iso-8859-2'],
    ['nasledovať.', 'windows-1250'],
    ['Valdība', 'windows-1257'],
    ['įmonė.', 'windows-1257'],
    // Words of three Western languages at least in windows-1252 ("Rîgâ ðodien … pieòçma":
    // French, Icelandic, Catalan), or symbols in words, but one language in another charset.
    ['Rīgā šodien Saeima pieņēma', 'windows-1257'],
    ['galīgs, Rīgā sacīja preses sekretāre,', 'windows-1257'],
    ['Spēcīgs vējš svētdien', 'windows-1257'],
    ['Sekmadienį per Žemaitiją praūžusi audra', 'windows-1257'],
    ['w niedzielę nad Małopolską; strażacy', 'windows-1250'],
    ['że rząd przedstawi nowy budżet', 'windows-1250'],
    ['Moravu, hasiči vyjížděli k více', 'windows-1250'],
    ['dažďoch sa v pondelok vylial', 'windows-1250'],
    ['megyében, a tűzoltók több mint', 'iso-8859-2'],
    ['tuču“, rekao je župan Đuro Mišić.', 'windows-1250'],
    ['Ankara’da bugün Meclis yeni bütçeyi kabul etti; sağlık', 'windows-1254'],
    // Western copy naming people and places of other languages stays Western; so do ordinals,
    // units and a typed accent for an apostrophe.
    ['Ødegaard à Londres', 'windows-1252'],
    ['Højlund più', 'windows-1252'],
    ['in Båstad, Tomáš Rosický', 'windows-1252'],
    ['Der Škoda-Fahrer ließ', 'windows-1252'],
    ['el 2º acusado', 'windows-1252'],
    ['nº 5 da 2ª divisão', 'windows-1252'],
    ['450 m³/s.', 'windows-1252'],
    ['Let´s go', 'windows-1252'],
    // Signs beside letters, and markup, in Greek and Hebrew.
    ['Θερμοκρασίες έως 43°C', 'windows-1253'],
    ['στην Κρήτη.</p><p>Δεν', 'windows-1253'],
    ['טמפרטורות של עד 44°C', 'windows-1255'],
    // Lower-case Bulgarian in windows-1251 is Hebrew letters in ISO-8859-8, but with final
    // forms inside words (н as ם); DOS's ibm866 read as Hebrew puts signs inside words.
    ['в парламента следващата седмица след трудни', 'windows-1251'],
    ['финансите заяви в понеделник, че правителството ще внесе', 'ibm866'],
    // Cyrillic of fewer common letters: ё, ъ, Ukrainian і.
    ['Ещё ёлка, объём, подъезд,', 'windows-1251'],
    ['ЁЛКА, ОБЪЁМ,', 'koi8-r'],
    ['ДЕФІЦИТ', 'windows-1251'],
    // Ukrainian in KOI8-U, whose і, ї, є KOI8-R reads as box drawing.
    ['Рішення ще не остаточне, сказала речниця у Києві.', 'koi8-u'],
    ['уряд внесе новий бюджет до Верховної Ради', 'koi8-u'],
    // A few Asian characters.
    ['案を', 'shift_jis'],
    ['10億', 'big5'],
    // chardet answers "ASCII" for these, which they are not.
    ['Bodø', 'windows-1252'],
    ['n° 5', 'windows-1252'],
    ['Più', 'windows-1252'],
  ])('reads %j in %s', (text, charset) => {
    expect(decodeBytes(iconv.encode(text, charset)).text).toBe(text);
  });
});

describe('text that looks binary at first sight', () => {
  const RU = 'Путин прибыл в Бишкек. Президент России заявил, что переговоры прошли успешно.';

  it.each(['utf-16le', 'utf-16be'])('reads %s without a byte-order mark', async (charset) => {
    const file = iconv.encode(`Путин в Бишкеке\n\n${RU}\n`, charset);
    const parsed = await parseWireFile('ru.txt', file);
    expect(parsed.charset).toBe(charset.toUpperCase());
    expect(texts(parsed.stories[0]!)).toEqual([RU]);
  });

  it('drops a stray NUL in a text rather than refusing the file as binary', async () => {
    const file = Buffer.from(`Заглавие\n\nТекст\u0000 на новината.\n`, 'utf8');
    const parsed = await parseWireFile('story.txt', file);
    expect(texts(parsed.stories[0]!)).toEqual(['Текст на новината.']);
  });
});
