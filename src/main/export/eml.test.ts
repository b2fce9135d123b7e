import PostalMime from 'postal-mime';
import { describe, expect, it } from 'vitest';
import { renderEml } from './eml';
import { renderEmailHtml } from './email-html';
import { renderPlainText } from './plain-text';
import { morningDigest } from './__fixtures__/digests';

const DATE = new Date('2026-03-14T04:00:00.000Z');

describe('.eml export', () => {
  it('is multipart/alternative with the text and HTML parts, read back intact', async () => {
    const digest = morningDigest();
    const eml = await renderEml(digest, { date: DATE });
    const parsed = await PostalMime.parse(eml);
    expect(parsed.subject).toBe('24 часа: бюджетът, протестът на лекарите и дербито');
    // From the sender address in Settings, under the publication's name.
    expect(parsed.from).toEqual({ name: '24 часа', address: 'bulletin@24chasa.bg' });
    expect(parsed.to).toEqual([{ name: 'Readers', address: 'readers@example.invalid' }]);
    expect(parsed.date).toBe(DATE.toISOString());
    expect(parsed.messageId).toMatch(/^<digest-1-2026-03-14\.[0-9a-f-]{36}@24chasa\.bg>$/);
    // Each part ends with the MIME line break; the content before it is byte for byte ours, its
    // line ends mail's (CRLF).
    const unixLines = (text: string | undefined) => text?.replace(/\r\n/g, '\n').trimEnd();
    expect(unixLines(parsed.text)).toBe(renderPlainText(digest).trimEnd());
    expect(unixLines(parsed.html)).toBe(renderEmailHtml(digest).trimEnd());
  });

  it('declares UTF-8 on each part and encodes Cyrillic headers as encoded-words', async () => {
    const raw = (await renderEml(morningDigest(), { date: DATE })).toString('utf8');
    const headers = raw.slice(0, raw.indexOf('\r\n\r\n'));
    // Headers are 7-bit: the subject and From name travel as RFC 2047 encoded-words.
    expect(headers).toMatch(/^[\x20-\x7e\r\n\t]*$/);
    expect(headers).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/m);
    expect(headers).toMatch(/^From: =\?UTF-8\?[BQ]\?.+\?= <bulletin@24chasa\.bg>$/m);
    // One-click unsubscribe, as Gmail and Yahoo ask of bulk senders (RFC 2369, RFC 8058).
    expect(headers).toMatch(/^List-Unsubscribe: <https:\/\/www\.24chasa\.bg\/unsubscribe>$/m);
    expect(headers).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
    expect(headers).toMatch(/^Content-Type: multipart\/alternative;/m);
    expect(headers).toMatch(/^MIME-Version: 1\.0$/m);
    expect(headers).toMatch(/^Content-Language: bg$/m);
    expect(raw).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    expect(raw).toMatch(/Content-Type: text\/html; charset=utf-8/);
    // The plain part comes first: clients show the last alternative they can render.
    expect(raw.indexOf('text/plain')).toBeLessThan(raw.indexOf('text/html'));
    // Mail's line ends throughout, in the parts too: a bare LF is refused or rewritten by
    // hardened mail servers (Postfix's smtpd_forbid_bare_newline).
    expect(raw).not.toMatch(/[^\r]\n/);
    // RFC 5322 line length: 78 characters, as every encoded line is kept.
    const lines = raw.split('\r\n');
    expect(lines.filter((line) => line.length > 78)).toEqual([]);
  });

  it('goes from a placeholder that can never deliver when no sender is set, and leaves a merge tag to the mail service', async () => {
    const digest = morningDigest();
    digest.branding = { ...digest.branding, senderAddress: null, unsubscribeUrl: '*|UNSUB|*' };
    const raw = (await renderEml(digest, { date: DATE })).toString('utf8');
    const parsed = await PostalMime.parse(raw);
    expect(parsed.from).toEqual({ name: '24 часа', address: 'digest@example.invalid' });
    expect(raw).not.toMatch(/^List-Unsubscribe/m);
    // A mailto: with a Cyrillic subject goes into the header percent-encoded, readable by mailboxes.
    digest.branding.unsubscribeUrl = 'mailto:off@24chasa.bg?subject=Отписване';
    const mailto = (await renderEml(digest, { date: DATE })).toString('utf8');
    expect(mailto).toMatch(
      /^List-Unsubscribe:\s+<mailto:off@24chasa\.bg\?subject=%D0%9E[%0-9A-F]+>$/m,
    );
    expect(mailto).not.toMatch(/^List-Unsubscribe-Post/m);
    // The tag stands where the reader's link goes, for the service to replace.
    expect(parsed.html).toContain('href="*|UNSUB|*"');
  });

  it('uses the given addresses, and a fresh Message-ID for every file', async () => {
    const options = {
      from: '"Редакция" <newsletter@24chasa.bg>',
      to: 'Иван <ivan@example.org>',
      date: DATE,
    };
    const first = await PostalMime.parse(await renderEml(morningDigest(), options));
    const second = await PostalMime.parse(await renderEml(morningDigest(), options));
    expect(first.from).toEqual({ name: 'Редакция', address: 'newsletter@24chasa.bg' });
    expect(first.to).toEqual([{ name: 'Иван', address: 'ivan@example.org' }]);
    expect(first.messageId).toMatch(/@24chasa\.bg>$/);
    expect(first.messageId).not.toBe(second.messageId);
  });
});
