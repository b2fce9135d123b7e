import { randomUUID } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { ExportDigest } from './digest-model';
import { renderEmailHtml } from './email-html';
import { renderPlainText } from './plain-text';
import { mailSafeText } from './text-clean';
import { isMailbox, unsubscribeLink } from './unsubscribe';

export interface EmlOptions {
  /** RFC 5322 address; by default the publication's name at a placeholder address. */
  from?: string;
  to?: string;
  /** The Date header; now by default. */
  date?: Date;
}

/** Placeholder addresses: .invalid (RFC 2606) can never deliver if a test file is sent by mistake. */
const PLACEHOLDER_FROM_ADDRESS = 'digest@example.invalid';
const PLACEHOLDER_TO = 'Readers <readers@example.invalid>';

/**
 * The digest as an .eml file: multipart/alternative with the plain-text part first and the HTML
 * last (clients show the last part they can render), both UTF-8. nodemailer writes the charset
 * into each part's Content-Type — Outlook trusts that header over the HTML's <meta> — and encodes
 * a Cyrillic subject and From name as RFC 2047 encoded-words.
 */
export async function renderEml(digest: ExportDigest, options: EmlOptions = {}): Promise<Buffer> {
  const sender = digest.branding.senderAddress?.trim();
  const from = options.from ?? {
    name: mailSafeText(digest.branding.publication),
    address: sender && isMailbox(sender) ? sender : PLACEHOLDER_FROM_ADDRESS,
  };
  const fromText = typeof from === 'string' ? from : from.address;
  const composer = new MailComposer({
    from,
    to: options.to ?? PLACEHOLDER_TO,
    // Cleaned as the parts are: a pasted control character or line separator in a header.
    subject: mailSafeText(digest.subject),
    date: options.date ?? new Date(),
    messageId: `<digest-${digest.id}-${digest.date.replace(/[^\w.-]/g, '')}.${randomUUID()}@${domainOf(fromText)}>`,
    text: { content: mailLines(renderPlainText(digest)), contentType: 'text/plain; charset=utf-8' },
    html: { content: mailLines(renderEmailHtml(digest)), contentType: 'text/html; charset=utf-8' },
    headers: {
      'Content-Language': languageTag(digest.language),
      ...listUnsubscribe(digest.branding.unsubscribeUrl),
    },
    // Content is given as strings; never let a part be fetched from a path or URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  return composer.compile().build();
}

/**
 * Mail's line ends (CRLF, RFC 5322). nodemailer's quoted-printable keeps the content's own line
 * breaks as they are: the HTML's bare LFs went into the file, which hardened mail servers refuse
 * or rewrite (Postfix's smtpd_forbid_bare_newline), and its lines ran past 76 characters to
 * whatever ends a mail reader counts.
 */
function mailLines(text: string): string {
  return text.replace(/\r?\n/g, '\r\n');
}

/**
 * The one-click unsubscribe headers mailbox providers ask of bulk senders (RFC 2369, RFC 8058):
 * for a web page or a mailto: address; a merge tag is the mail service's to turn into them.
 */
function listUnsubscribe(value: string | null): Record<string, string> {
  const link = unsubscribeLink(value);
  if (!link || link.kind === 'tag') return {};
  return {
    'List-Unsubscribe': `<${link.href}>`,
    ...(link.href.startsWith('https:') && {
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    }),
  };
}

/** The domain for the Message-ID: the sender's, so the ID is unique and attributable. */
function domainOf(address: string): string {
  const domain = /@([a-z0-9.-]+)>?\s*$/i.exec(address)?.[1];
  return domain ?? 'example.invalid';
}

/** A BCP 47 tag safe for a header; anything else becomes "und" (undetermined). */
function languageTag(language: string): string {
  return /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(language) ? language : 'und';
}
