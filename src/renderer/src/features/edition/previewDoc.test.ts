import { describe, expect, it } from 'vitest';
import { darkDocument, insertIntoHead, previewDocument } from './previewDoc';

describe('preview document', () => {
  it('applies the email’s own dark rules and turns off its light-only ones', () => {
    const html =
      '<!doctype html><html><head><style>@media (prefers-color-scheme: dark){.a{color:#fff}} @media screen and (prefers-color-scheme:light){.b{color:#000}}</style></head><body></body></html>';
    const dark = darkDocument(html);
    expect(dark).toContain('@media (min-width: 0px){.a{color:#fff}}');
    expect(dark).toContain('screen and (max-width: 0px)');
    expect(dark).not.toContain('prefers-color-scheme');
    expect(dark).toContain('<head><meta name="color-scheme" content="dark">');
  });

  it('inserts into the head, the html or the start', () => {
    expect(insertIntoHead('<html lang="bg"><body>x</body></html>', 'S')).toBe(
      '<html lang="bg">S<body>x</body></html>',
    );
    expect(insertIntoHead('<!DOCTYPE html><p>x</p>', 'S')).toBe('<!DOCTYPE html>S<p>x</p>');
    expect(insertIntoHead('<p>x</p>', 'S')).toBe('S<p>x</p>');
    expect(insertIntoHead('<HEAD data-x="1"></HEAD>', 'S')).toBe('<HEAD data-x="1">S</HEAD>');
  });
});

describe('remote images', () => {
  it('become placeholders, counted; data images stay', () => {
    const html =
      '<img src="https://x.example/a.jpg" alt="A" width="600"><img alt="B" src=\'//cdn.example/b.png\'><img src="data:image/png;base64,AAAA">';
    const shown = previewDocument(html, { dark: false });
    expect(shown.placeholders).toBe(2);
    expect(shown.html).not.toContain('x.example');
    expect(shown.html).not.toContain('cdn.example');
    expect(shown.html).toContain('alt="A" width="600"');
    expect(shown.html).toContain('data:image/png;base64,AAAA');
  });

  it('applies the dark rewrite on request', () => {
    const shown = previewDocument(
      '<head></head><style>@media (prefers-color-scheme: dark){}</style>',
      {
        dark: true,
      },
    );
    expect(shown.html).toContain('content="dark"');
    expect(shown.html).not.toContain('prefers-color-scheme');
  });
});
