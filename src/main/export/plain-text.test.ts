import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderPlainText } from './plain-text';
import { columns, wrap } from './wrap';
import { largeDigest, morningDigest, story } from './__fixtures__/digests';
import { a, body, p, t } from './__fixtures__/lexical';

const URL_LINE = /^\s*(https?:\/\/|mailto:)\S+$/;

describe('plain text', () => {
  const text = renderPlainText(morningDigest());

  it('opens with the publication, title and date, then "view in browser" and the intro', () => {
    expect(text.split('\n').slice(0, 6)).toEqual([
      '24 часа',
      'Сутрешен бюлетин',
      'събота, 14 март 2026 г.',
      '',
      'Вижте в браузъра:',
      'https://www.24chasa.bg/bulletin/2026-03-14',
    ]);
    expect(text).toContain('Добро утро! Днес парламентът гласува бюджета,');
  });

  it('underlines section names and numbers stories through the whole edition', () => {
    expect(text).toContain('\nПолитика\n========\n');
    expect(text).toContain('\nИкономика\n=========\n');
    expect(text).toContain(
      '1. Парламентът прие бюджета за 2026 г. на първо четене\n   Мария Иванова · БТА · София\n',
    );
    expect(text).toContain('\n7. „Левски“ спечели дербито с 2:1\n');
  });

  it('names an agency that bylines its own copy once, not "БТА · БТА"', () => {
    const digest = morningDigest();
    digest.sections[0]!.items[0] = {
      ...digest.sections[0]!.items[0]!,
      byline: 'БТА ',
      source: 'БТА',
    };
    expect(renderPlainText(digest)).toContain(
      '1. Парламентът прие бюджета за 2026 г. на първо четене\n   БТА · София\n',
    );
  });

  it('opens with the lead as the email and the web page do: without a heading of its own', () => {
    const digest = morningDigest();
    const [first, ...rest] = digest.sections;
    digest.sections = [{ ...first!, id: 0, name: '' }, ...rest];
    const lead = renderPlainText(digest);
    const intro = lead.indexOf('Добро утро!');
    const firstStory = lead.indexOf('1. Парламентът прие бюджета');
    // Between the intro and the first story only blank lines and the intro's own words.
    expect(lead.slice(intro, firstStory)).not.toMatch(/\n=+\n/);
    expect(lead).not.toMatch(/^(Новини|Stories)$/m);
    expect(lead).toContain('\nИкономика\n=========\n');
  });

  it('puts each link on a line of its own and keeps only web links', () => {
    expect(text).toContain('\n   https://www.24chasa.bg/novini/article/101\n');
    expect(text).not.toContain('javascript:');
  });

  it('prints the body, list markers included, when a story has no link', () => {
    expect(text).toContain(
      '   Търговците очакват стабилни цени през пролетта.\n\n   - бензин А95: 2,45 лв.\n   - дизел: 2,39 лв.',
    );
  });

  it('gives the address of every link in the intro and in printed bodies', () => {
    const digest = morningDigest();
    digest.intro = body(
      p(t('Всичко е на '), a('https://www.24chasa.bg/bulletin', t('сайта')), t('.')),
    );
    digest.introText = 'Всичко е на сайта.';
    digest.sections[0]!.items[0] = story(1, 1, {
      link: null,
      body: body(
        p(t('Вижте '), a('https://www.bta.bg/doc/1', t('документа')), t(' и ')),
        p(a('https://www.bta.bg/doc/2', t('https://www.bta.bg/doc/2'))),
        p(a('javascript:alert(1)', t('това'))),
      ),
    });
    const out = renderPlainText(digest);
    expect(out).toContain('Всичко е на сайта <https://www.24chasa.bg/bulletin>.');
    expect(out).toContain('Вижте документа <https://www.bta.bg/doc/1> и');
    expect(out).toContain('   https://www.bta.bg/doc/2\n'); // the address is the text: once
    expect(out).toContain('   това');
    expect(out).not.toContain('javascript:');
  });

  it('ends with the sign-off and a signature block', () => {
    expect(text).toContain('Хубав ден!\n\nЕкипът на „24 часа“\n\n-- \n24 часа\n');
    expect(
      text.endsWith('абонирани за „24 часа“.\nОтписване: https://www.24chasa.bg/unsubscribe\n'),
    ).toBe(true);
  });

  it('wraps every line at 72 columns, except lines that are a whole URL', () => {
    const long = largeDigest(10);
    long.sections[0]!.items[0] = story(1, 1, {
      headline: 'Много дълго заглавие '.repeat(8),
      link: `https://www.24chasa.bg/novini/article/${'a'.repeat(90)}`,
    });
    const lines = renderPlainText(long).split('\n');
    expect(lines.some((line) => URL_LINE.test(line) && columns(line) > 72)).toBe(true);
    for (const line of lines) {
      if (!URL_LINE.test(line)) expect(columns(line), line).toBeLessThanOrEqual(72);
    }
  });
});

describe('wrap', () => {
  it('breaks between words, measuring Cyrillic by characters rather than bytes', () => {
    const wrapped = wrap('дума '.repeat(30).trim(), { width: 20 });
    expect(wrapped.split('\n').every((line) => columns(line) <= 20)).toBe(true);
    expect(wrapped.split('\n')[0]).toBe('дума дума дума дума');
  });

  it('never breaks an address longer than the line, and hangs an indent', () => {
    const url = `https://example.org/${'x'.repeat(80)}`;
    expect(wrap(`виж ${url} тук`, { width: 30 })).toBe(`виж\n${url}\nтук`);
    expect(wrap(`виж <${url}>.`, { width: 30 })).toBe(`виж\n<${url}>.`);
    expect(wrap('едно две три четири', { width: 12, firstIndent: '1. ', indent: '   ' })).toBe(
      '1. едно две\n   три\n   четири',
    );
  });

  it('never breaks a line at a no-break space, and keeps it', () => {
    // Wire copy glues numbers to their units and thousands ("5 000 лв.", "т. е.") on purpose.
    const glued = '5\u00a0000\u00a0лв.';
    const wrapped = wrap(`${'дума '.repeat(13)}от ${glued}`, { width: 72 });
    expect(wrapped.split('\n')).toEqual([`${'дума '.repeat(13)}от`, glued]);
    expect(wrap('ръст с 3\u202f%', { width: 9 })).toBe('ръст с\n3\u202f%');
  });
});

/** The text's grapheme clusters, as a reader sees its characters. */
function clusters(text: string): string[] {
  return [...new Intl.Segmenter().segment(text)].map(({ segment }) => segment);
}

/** A line that starts or ends inside a character: a lone surrogate, a mark or joiner cut off its base. */
const BROKEN_EDGE = /^(?:\p{M}|\p{Emoji_Modifier}|\u200d|\ufe0f)|\u200d$|[\ud800-\udfff]/u;

describe('wrap measures what the reader sees', () => {
  it('counts display columns: marks take none, wide characters and emoji two', () => {
    expect(columns('ударе\u0301ние')).toBe(8); // a stress mark, as Bulgarian dictionaries write it
    expect(columns('Ame\u0301lie')).toBe(6); // a decomposed accent
    expect(columns('日本語')).toBe(6);
    expect(columns('👨\u200d👩\u200d👧')).toBe(2);
    expect(columns('🇧🇬 👍🏽')).toBe(5);
  });

  it('fits as many words with combining marks on a line as it can hold', () => {
    // Seven columns each, eight code points: three words and two spaces are exactly 23 columns.
    const stressed = 'вро\u0301дено';
    expect(wrap(`${stressed} ${stressed} ${stressed} ${stressed}`, { width: 23 })).toBe(
      `${stressed} ${stressed} ${stressed}\n${stressed}`,
    );
  });

  it('breaks Chinese and Japanese text, which has no spaces, between characters', () => {
    const japanese = '東京都は今日、新しい予算案を発表しました。詳細は後日公開されます。';
    const lines = wrap(japanese, { width: 20 }).split('\n');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(japanese);
    for (const line of lines) expect(stringWidth(line), line).toBeLessThanOrEqual(20);
    // Closing punctuation stays with the character before it.
    for (const line of lines) expect(line, line).not.toMatch(/^[、。]/);
  });

  it('never lets a line run past the width, nor cuts a character in two', () => {
    const mixed = [
      'Ударе\u0301нието в „вро\u0301дено“ пада на второ сричка.',
      '👨\u200d👩\u200d👧'.repeat(20),
      '🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬🇧🇬 👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽👍🏽',
      '北京市政府今天宣布了新的交通管理措施以缓解交通拥堵问题并改善空气质量',
      'Nai\u0308ve Zoe\u0308 𝒳𝒴𝒵𝒳𝒴𝒵𝒳𝒴𝒵𝒳𝒴𝒵𝒳𝒴𝒵𝒳𝒴𝒵 한국어 문장도 띄어쓰기로 나뉩니다',
      'Тест'.repeat(12),
      // A long run without a space, segmented in chunks: halfwidth ｶﾞ is one character.
      '東京都は今日、ｶﾞｲﾄﾞを発表しました。e\u0301👍🏽ударе\u0301ние'.repeat(20),
    ].join(' ');
    for (const width of [13, 20, 33, 72]) {
      const out = wrap(mixed, { width, indent: '   ', firstIndent: '12. ' });
      const lines = out.split('\n');
      for (const line of lines) {
        expect(stringWidth(line), `${width}: ${line}`).toBeLessThanOrEqual(width);
        expect(line.trimStart(), `${width}: ${line}`).not.toMatch(BROKEN_EDGE);
      }
      // Nothing lost or cut: the same characters, only the spaces and indents changed.
      const words = (text: string) => clusters(text.replace(/\s+/g, ''));
      expect(words(out.replace(/^12\. /, ''))).toEqual(words(mixed));
    }
  });

  it('keeps a wide headline within 72 columns in the plain-text part', () => {
    const digest = morningDigest();
    digest.sections[0]!.items[0] = story(1, 1, {
      headline:
        '日本の首相が来週ブルガリアを訪問し、エネルギー協力と投資について両国の首脳が会談する予定です',
      summary: '👍🏽 '.repeat(40).trim(),
      language: 'ja',
    });
    const lines = renderPlainText(digest).split('\n');
    expect(lines).toContain(
      '1. 日本の首相が来週ブルガリアを訪問し、エネルギー協力と投資について両国',
    );
    for (const line of lines) {
      if (!URL_LINE.test(line)) expect(stringWidth(line), line).toBeLessThanOrEqual(72);
    }
  });
});
