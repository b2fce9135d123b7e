import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './markdown';
import { escapeMarkdown, lexicalToMarkdown } from './markdown-body';
import { morningDigest } from './__fixtures__/digests';
import { byTag, dangerousAttributes, elements, textContent } from './__fixtures__/html';
import { a, body, BOLD, h, ITALIC, list, p, quote, t } from './__fixtures__/lexical';

/** Markdown through a real renderer: what a CMS or chat tool would show. */
const html = (markdown: string) => marked.parse(markdown, { async: false });

describe('Markdown', () => {
  const markdown = renderMarkdown(morningDigest());

  it('has the title, section and story headings, meta, images and read-more links', () => {
    expect(
      markdown.startsWith('# Сутрешен бюлетин\n\n**24 часа** · събота, 14 март 2026 г.\n'),
    ).toBe(true);
    expect(markdown).toContain('\n## Политика\n');
    expect(markdown).toContain(
      '\n### Парламентът прие бюджета за 2026 г. на първо четене\n\n*Мария Иванова · БТА · София*\n',
    );
    expect(markdown).toContain(
      '![Пленарната зала по време на гласуването](https://www.24chasa.bg/images/parliament.jpg)',
    );
    expect(markdown).toContain('[Прочетете още →](https://www.24chasa.bg/novini/article/101)');
    expect(markdown).toContain('[Вижте в браузъра](https://www.24chasa.bg/bulletin/2026-03-14)');
    const rendered = html(markdown);
    expect(byTag(rendered, 'h2').map(textContent)).toEqual(['Политика', 'Икономика', 'Спорт']);
    expect(byTag(rendered, 'h3')).toHaveLength(8);
  });

  it('converts bodies: emphasis, links, quotes, lists and shifted headings', () => {
    expect(markdown).toContain('Търговците очакват **стабилни** цени през пролетта.');
    expect(markdown).toContain('- бензин А95: 2,45 лв.\n- дизел: 2,39 лв.');
    expect(markdown).toContain('> Бюджетът беше приет със 121 гласа „за“.');
    expect(markdown).toContain('[сайта на парламента](https://www.parliament.bg/bg/bills)');
    expect(markdown).toContain('##### Какво казват търговците');
    expect(markdown).toContain('Втори абзац с *коментар* и допълнителен контекст.');
    // Unsafe and relative links keep their text and lose the link.
    expect(markdown).not.toContain('javascript:');
    expect(markdown).toContain('и на Агенцията по заетостта.');
  });

  it('escapes Markdown syntax in text so it reads back as the same text', () => {
    const tricky = [
      '*не* курсив',
      '**не** удебелено',
      '_подчерта_ване',
      // A bare http(s) URL in text is still autolinked by GFM renderers, which is harmless.
      '[не връзка](бележка)',
      '# не заглавие',
      '- не списък',
      '1. не номериран',
      '> не цитат',
      '`не код`',
      '<b>не таг</b>',
      'a | b | c',
      '&copy; 2026',
      '\\ наклонена',
      '~~не зачеркнато~~',
    ];
    for (const text of tricky) {
      const rendered = html(escapeMarkdown(text));
      expect(
        elements(rendered).map((element) => element.name),
        text,
      ).toEqual(['p']);
      expect(textContent(byTag(rendered, 'p')[0]!), text).toBe(text);
    }
  });

  it('keeps formatting around, not inside, surrounding spaces and code spans literal', () => {
    const md = lexicalToMarkdown(
      body(
        p(t('Удебелено ', BOLD), t(' курсив', ITALIC), ' и ', t('a `x` *b*', 16)),
        h(1, 'Заглавие # с диез'),
        quote('ред'),
        list(true, ['първо'], ['второ']),
        p(a('https://example.org/a (b)', 'връзка [1]')),
      ),
      2,
    );
    expect(md).toBe(
      [
        '**Удебелено**  *курсив* и ``a `x` *b*``',
        '### Заглавие \\# с диез',
        '> ред',
        '1. първо\n2. второ',
        '[връзка \\[1\\]](https://example.org/a%20%28b%29)',
      ].join('\n\n'),
    );
  });

  it('does not let hostile text become markup when rendered', () => {
    const digest = morningDigest();
    digest.title = '<img src=x onerror=alert(1)>';
    digest.sections[0]!.items[0]!.headline = '<script>alert(1)</script>';
    const rendered = html(renderMarkdown(digest));
    expect(byTag(rendered, 'script')).toHaveLength(0);
    expect(dangerousAttributes(rendered)).toEqual([]);
    expect(rendered).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // GFM autolinks a bare URL and swallows a backslash after it: "<" must not rely on one.
    const autolinked = html(escapeMarkdown('https://evil.example"<input name=x>'));
    expect(elements(autolinked).map((element) => element.name)).toEqual(['p', 'a']);
  });
});
