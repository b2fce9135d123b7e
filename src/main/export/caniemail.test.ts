import { describe, expect, it } from 'vitest';
import { checkEmailSupport } from './caniemail';
import { renderEmailHtml } from './email-html';
import { largeDigest, morningDigest } from './__fixtures__/digests';

describe('email client support (caniemail)', () => {
  it('finds nothing unsupported in the email for Gmail, Outlook and Apple Mail', () => {
    expect(checkEmailSupport(renderEmailHtml(morningDigest()))).toEqual([]);
    expect(checkEmailSupport(renderEmailHtml(largeDigest(10)))).toEqual([]);
  });

  it('reports what the clients do not support, once per feature and client', () => {
    const html = `<!doctype html><html><body>
      <div style="display:flex;position:absolute">a</div><div style="display:flex">b</div>
      <form><input name="q"></form><style>.a .b{color:red}</style></body></html>`;
    const findings = checkEmailSupport(html);
    expect(findings.length).toBeGreaterThan(0);
    expect(
      findings.every(
        (finding) => finding.severity === 'warning' && finding.code === 'email-support',
      ),
    ).toBe(true);
    const messages = findings.map((finding) => finding.message);
    expect(messages).toContain('position is not supported by outlook.windows (caniemail.com).');
    // Outlook on the web is checked too, though the library's client list omits it.
    expect(messages.some((message) => message.includes('outlook.outlook-com'))).toBe(true);
    expect(new Set(messages).size).toBe(messages.length);
  });
});
