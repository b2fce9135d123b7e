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
    expect(text.endsWith('абонирани за „24 часа“.\n')).toBe(true);
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

  it('never breaks a word longer than the line, and hangs an indent', () => {
    const url = `https://example.org/${'x'.repeat(80)}`;
    expect(wrap(`виж ${url} тук`, { width: 30 })).toBe(`виж\n${url}\nтук`);
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
