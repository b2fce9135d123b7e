import juice from 'juice';
import { describe, expect, it } from 'vitest';
import { accentPalette } from './colors';
import { finishEmailHtml, renderEmailHtml } from './email-html';
import { renderMarkdown } from './markdown';
import { renderPlainText } from './plain-text';
import { renderWebHtml } from './web-html';
import { compactStyle, JUICE_OPTIONS } from './email-inline';
import { emailCss } from './email-styles';
import { emailDocument } from './email-template';
import { largeDigest, morningDigest, story } from './__fixtures__/digests';
import { byTag, elements, textContent } from './__fixtures__/html';
import { body, p } from './__fixtures__/lexical';

const GMAIL_CLIP = 102 * 1024;

describe('email HTML', () => {
  const html = renderEmailHtml(morningDigest());

  it('declares UTF-8, the colour schemes and the language', () => {
    expect(html).toMatch(/^<!doctype html>/);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">');
    expect(html).toContain('<meta name="color-scheme" content="light dark">');
    expect(html).toContain('<meta name="supported-color-schemes" content="light dark">');
    expect(byTag(html, 'html')[0]!.attribs.lang).toBe('bg');
    expect(html).toContain('Парламентът прие бюджета за 2026 г. на първо четене');
  });

  it('has no script, frame, form, object or external stylesheet', () => {
    const names = new Set(elements(html).map((element) => element.name));
    for (const forbidden of ['script', 'iframe', 'form', 'input', 'object', 'embed', 'link']) {
      expect(names.has(forbidden), forbidden).toBe(false);
    }
    expect(html).not.toMatch(/<link[^>]+stylesheet|@import|<script/i);
  });

  it('is a presentation-table layout in a 600 px column, fixed for Outlook by a conditional', () => {
    for (const table of byTag(html, 'table')) expect(table.attribs.role).toBe('presentation');
    expect(html).toMatch(
      /<!--\[if mso\]><table role="presentation"[^>]* width="600"[^>]*><tr><td><!\[endif\]-->/,
    );
    expect(html).toContain('<!--[if mso]></td></tr></table><![endif]-->');
    expect(html).toMatch(/max-width:600px/);
  });

  it('inlines the styles on cells, links and paragraphs, keeping only @media in <head>', () => {
    const styled = (tag: string) => byTag(html, tag).every((element) => element.attribs.style);
    expect(styled('td')).toBe(true);
    expect(styled('a')).toBe(true);
    expect(styled('p')).toBe(true);
    expect(styled('h3')).toBe(true);
    expect(byTag(html, 'td')[1]!.attribs.style).toContain('font-family:Arial,Helvetica,sans-serif');
    const styles = byTag(html, 'style');
    expect(styles).toHaveLength(1);
    const css = styles[0]!.children.map((child) => ('data' in child ? child.data : '')).join('');
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    expect(css).toContain('@media screen and (max-width:620px)');
    // Nothing but the media blocks is left in the stylesheet.
    expect(css.replace(/@media[^{]+\{(?:[^{}]*\{[^}]*\})*\s*\}/g, '').trim()).toBe('');
  });

  it('keeps to what Outlook renders: no margins but resets, px line heights, Arial stack', () => {
    for (const element of elements(html)) {
      const style = element.attribs.style ?? '';
      for (const margin of style.matchAll(/(?:^|;)margin(?:-[a-z]+)?:([^;]+)/g)) {
        // Tables may be centred with auto; lists indent with a left margin; nothing else.
        const allowed = element.name === 'table' || element.name === 'ul' || element.name === 'ol';
        if (!allowed) expect(margin[1], `${element.name}: ${style}`).toBe('0');
      }
      for (const lineHeight of style.matchAll(/line-height:([^;]+)/g)) {
        expect(lineHeight[1]).toMatch(/^\d+px$/);
      }
      if (/font-family/.test(style) && element.name !== 'code') {
        expect(style).toContain('Arial,Helvetica,sans-serif');
      }
    }
  });

  it('hides the preheader and pads it so body text stays out of the inbox preview', () => {
    const preheader = elements(html).find((element) => element.attribs.class === 'pre')!;
    expect(preheader.attribs.style).toContain('display:none');
    expect(preheader.attribs.style).toContain('mso-hide:all');
    expect(preheader.attribs.style).toContain('max-height:0');
    expect(html).toMatch(
      /Парламентът прие бюджета на първо четене\. Лекарите излизат на протест\.(&zwnj;&nbsp;){50,}<\/div>/,
    );
    // It is the first thing in the body, so previews read it first.
    expect(html.indexOf('class="pre"')).toBeLessThan(html.indexOf('<table'));
  });

  it('gives every image alt text and a width, and links "view in browser" and "read more"', () => {
    const images = byTag(html, 'img');
    expect(images.length).toBeGreaterThan(0);
    for (const image of images) {
      expect(image.attribs.alt).toBeTruthy();
      expect(image.attribs.width).toBe('552');
      expect(image.attribs.src).toMatch(/^https:\/\//);
    }
    // The caption-less picture falls back to the headline.
    expect(images.map((image) => image.attribs.alt)).toContain(
      'Цените на горивата остават без промяна',
    );
    const links = byTag(html, 'a');
    expect(links[0]!.attribs.href).toBe('https://www.24chasa.bg/bulletin/2026-03-14');
    expect(html).toContain('Вижте в браузъра');
    expect(html).toContain('Прочетете още →');
    expect(html).toContain('Хубав ден!');
    expect(html).toContain('Получавате този бюлетин');
    // The way out, last: the link set in Settings.
    const unsubscribe = links.at(-1)!;
    expect([unsubscribe.attribs.href, textContent(unsubscribe)]).toEqual([
      'https://www.24chasa.bg/unsubscribe',
      'Отписване',
    ]);
  });

  it('prints the body only for stories without a link', () => {
    // Story 203 has no link: its body's heading, bold text and list are in the email.
    expect(html).toContain('Какво казват търговците');
    expect(html).toContain('<strong>стабилни</strong>');
    expect(byTag(html, 'ul')).toHaveLength(1);
    // Story 101 links to the site: its body stays there.
    expect(html).not.toContain('Пълният текст е публикуван');
  });

  it('prints a story’s summary alone where the editor unticked its full text, in every export', () => {
    const digest = morningDigest();
    const noLink = digest.sections
      .flatMap((section) => section.items)
      .find((s) => s.storyId === 203)!;
    noLink.showBody = false;
    noLink.summary = 'Резюме на търговците.';
    for (const [format, text] of [
      ['email', renderEmailHtml(digest)],
      ['text', renderPlainText(digest)],
      ['web', renderWebHtml(digest)],
      ['markdown', renderMarkdown(digest)],
    ] as const) {
      expect(text, format).not.toContain('Какво казват търговците');
      expect(text, format).toContain('Резюме на търговците.');
    }
    // The email is lighter by the text it no longer carries.
    expect(html.length).toBeGreaterThan(renderEmailHtml(digest).length);
  });

  it('sets the whole sign-off in italics, as the web page does, with the gap above it once', () => {
    const cells = byTag(html, 'td');
    const signoff = ['Хубав ден!', 'Екипът на „24 часа“'].map((text) =>
      cells.find((cell) => textContent(cell) === text)!,
    );
    for (const cell of signoff)
      expect(cell.attribs.style, textContent(cell)).toContain('font-style:italic');
    expect(signoff[0]!.attribs.style).toContain('padding-top:24px');
    expect(signoff[1]!.attribs.style).not.toContain('padding-top:24px');
  });

  it('has no "view in browser" without a site', () => {
    const digest = morningDigest();
    digest.branding = { ...digest.branding, siteUrl: null };
    expect(renderEmailHtml(digest)).not.toContain('Вижте в браузъра');
  });

  it('removes the characters Outlook mangles from text', () => {
    const digest = morningDigest();
    digest.sections[0]!.items[0] = story(1, 1, {
      headline: 'Ред\u2028две\u2029три с\u00adричка и\u200bнуле\u200dва',
      summary: 'Лев\ufeffски',
    });
    const out = renderEmailHtml(digest);
    expect(out).toContain('Ред две три сричка инулева');
    expect(out).toContain('Левски');
    expect(out).not.toMatch(/\u2028|\u2029|\u00ad|\u200b|\u200c|\u200d|\u2060|\ufeff/);
  });

  it('breaks a word or URL longer than the column instead of widening it past 600 px', () => {
    // A table cell grows to fit its longest unbreakable word: a 150-character wire URL made the
    // column 1,180 px wide in Chromium (Apple Mail, Gmail's apps), pushing the text off screen.
    const digest = morningDigest();
    const url = `https://www.bta.bg/bg/news/${'a'.repeat(150)}?utm=x&y=z`;
    digest.sections[0]!.items[0] = story(1, 1, { link: null, body: body(p(`Вижте ${url}`)) });
    const out = renderEmailHtml(digest);
    const column = byTag(out, 'table').find((table) => table.attribs.class === 'w')!;
    // word-break is inherited: set once on the column, it reaches every cell.
    expect(column.attribs.style).toContain('word-break:break-word');
    for (const element of elements(out)) {
      expect(element.attribs.style ?? '').not.toMatch(/word-break:(normal|keep-all)/);
    }
  });

  it('stays under Gmail’s 102 KB clip for a 40-story digest', () => {
    const big = renderEmailHtml(largeDigest(40));
    const bytes = Buffer.byteLength(big, 'utf8');
    expect(byTag(big, 'h3')).toHaveLength(40);
    expect(bytes).toBeLessThan(GMAIL_CLIP);
    // With room to spare for longer summaries than the fixture's (~320 characters).
    expect(bytes).toBeLessThan(90 * 1024);
  });

  it('is exactly what juice produces over the whole document', () => {
    for (const digest of [morningDigest(), largeDigest(12)]) {
      const css = emailCss(accentPalette(digest.branding.accent));
      const whole = juice(emailDocument(digest, css), JUICE_OPTIONS).replace(
        / style="([^"]*)"/g,
        (_match, style: string) => ` style="${compactStyle(style)}"`,
      );
      expect(renderEmailHtml(digest)).toBe(finishEmailHtml(whole));
    }
  });

  it('uses only single type or class selectors, which the per-signature inlining relies on', () => {
    const css = emailCss(accentPalette('#c8102e'));
    const selectors = [...css.matchAll(/([^{}@]+)\{[^{}]*\}/g)].flatMap((rule) =>
      rule[1]!.split(',').map((selector) => selector.trim()),
    );
    expect(selectors.length).toBeGreaterThan(20);
    for (const selector of selectors) expect(selector).toMatch(/^([a-z][a-z0-9]*|\.[a-z][\w-]*)$/);
  });

  it('keeps a typed accent out of CSS unless it is a hex colour', () => {
    const digest = morningDigest();
    digest.branding = { ...digest.branding, accent: 'red;background:url(https://evil.example/x)' };
    const out = renderEmailHtml(digest);
    expect(out).not.toContain('evil.example');
    expect(out).toContain('#b0151e');
  });

  it('renders a story whose body is empty and an intro given only as text', () => {
    const digest = morningDigest();
    digest.intro = null;
    digest.introText = 'Първи ред.\n\nВтори ред.';
    digest.sections[1]!.items[2] = story(9, 9, { link: null, summary: null, body: body(p()) });
    const out = renderEmailHtml(digest);
    expect(out).toContain('Първи ред.</td>');
    expect(out).toContain('Втори ред.</td>');
    expect(out).not.toContain('<p></p>');
  });
});
