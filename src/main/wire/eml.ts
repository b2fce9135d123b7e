import PostalMime, { type Attachment, type Email } from 'postal-mime';
import type { MediaRef } from '../../shared/model';
import { blockText } from './blocks';
import { parseWireDate, wireDay } from './dates';
import { paragraphBlocks, richContent, uniqueMedia } from './html-document';
import { headlineFromLead } from './headline';
import { markTextParts, readMarkedText } from './mail-charsets';
import type { HtmlContent } from './html-blocks';
import { guessLanguage } from './language';
import { datelineOf } from './lead-dateline';
import { findForward, forwardedTime, senderName, type ForwardedHeader } from './mail-forward';
import { splitParagraphs } from './plain-text';
import type { BytesImporter, NestedParser } from './registry';
import { bodyOrFallback, dropRepeatedHeadline, languageTag } from './story-fields';
import { ImportError, newStory, type ImportedStory } from './types';

/**
 * E-mail (.eml, or an mbox of several): agencies and correspondents mail copy, often with the
 * wire file itself attached. postal-mime decodes charsets, quoted-printable, base64 and
 * encoded-word headers (text parts without a charset to trust are read by Edition's own
 * detection: mail-charsets.ts); attached wire files go through the whole import again.
 */
export const emlImporter: BytesImporter = {
  format: 'eml',
  sniff: looksLikeMail,
  parse: async (bytes, _fileName, parseNested) => {
    const stories: ImportedStory[] = [];
    for (const message of mboxMessages(bytes))
      stories.push(...(await importMessage(message, parseNested)));
    return { stories, charset: null };
  },
};

const MAIL_HEADERS = new Set([
  'return-path',
  'received',
  'from',
  'to',
  'subject',
  'date',
  'message-id',
  'mime-version',
  'content-type',
]);
/** Headers a plain-text story's own header lines ("Date:", "Title:") would not have. */
const MAIL_ONLY = ['return-path', 'received', 'from', 'message-id', 'mime-version'];

/**
 * RFC 822 headers up to a blank line, two of them mail headers and one that only mail has: a
 * plain-text story opening with "Date: …" and "Title: …" lines stays a plain-text story.
 */
function looksLikeMail(bytes: Uint8Array): boolean {
  let head = latin1(bytes.subarray(0, 16 * 1024)).replace(/^\xef\xbb\xbf/, '');
  if (head.startsWith('From ')) head = head.slice(head.indexOf('\n') + 1); // mbox separator
  const end = /\r?\n\r?\n/.exec(head);
  if (!end) return false;
  const lines = head.slice(0, end.index).split(/\r?\n/);
  const names = new Set<string>();
  for (const [index, line] of lines.entries()) {
    if (index > 0 && /^[ \t]/.test(line)) continue; // folded continuation
    const header = /^([!-9;-~]+):/.exec(line);
    if (!header) return false;
    names.add(header[1]!.toLowerCase());
  }
  const known = [...names].filter((name) => MAIL_HEADERS.has(name));
  return known.length >= 2 && MAIL_ONLY.some((name) => names.has(name));
}

/** An mbox holds messages each opened by a "From " line; a lone .eml has none. */
function mboxMessages(bytes: Uint8Array): Uint8Array[] {
  const text = latin1(bytes); // one char per byte: offsets in the text are offsets in the bytes
  if (!text.startsWith('From ')) return [bytes];
  const starts = [...text.matchAll(/^From [^\n]*\n/gm)];
  return starts.map((match, index) => {
    const next = starts[index + 1];
    return bytes.subarray(match.index + match[0].length, next ? next.index : bytes.length);
  });
}

async function importMessage(
  bytes: Uint8Array,
  parseNested: NestedParser,
): Promise<ImportedStory[]> {
  const mail = markTextParts(bytes);
  const email = await PostalMime.parse(mail.bytes);
  // Only the part the story is read from: the HTML one where there is one.
  const read = (text: string, kind: 'html' | 'text') =>
    mail.marked ? readMarkedText(text, mail.declared[kind]) : text;
  const declared = languageTag(header(email, 'content-language'));
  const { content, forward, forwarderNote } = email.html
    ? htmlBody(read(email.html, 'html'), declared)
    : textBody(withoutSignature(read(email.text ?? '', 'text')));
  // A forwarded message is the original's: its sender, time and subject.
  const dateHeader = header(email, 'date');
  const sender =
    senderName(forward?.from ?? null) ?? (email.from?.name || email.from?.address || null);
  const forwardedAt = forwardedTime(forward?.date ?? null, dateHeader);
  const wireTime = forwardedAt ?? parseWireDate(email.date);
  // The Date header as written (postal-mime's date is in UTC): the day where it was sent.
  const sentAt = forwardedAt ?? dateHeader ?? email.date;
  const { stories: attached, notes, media } = await attachments(email, parseNested);

  const subject = cleanSubject(forward?.subject ?? undefined) ?? cleanSubject(email.subject);
  const lead = content.blocks.find((block) => block.kind === 'paragraph');
  const headline = subject ?? (lead ? headlineFromLead(blockText(lead)) : null);
  const blocks = headline ? dropRepeatedHeadline(content.blocks, headline) : content.blocks;
  const text = blocks.map(blockText).join('\n').trim();
  if (!headline && attached.length === 0)
    throw new ImportError('the message holds no text', { key: 'noText' });
  // A short note carrying wire files ("the BTA story is attached, embargo 10:00") is an
  // envelope: its words go to the attached stories' editor's note, not into a story of its own.
  const envelope = attached.length > 0 && text.length < COVER_NOTE;
  const filled = attached.map((story) => ({
    ...story,
    // Where the attached story is silent, the mail says who sent it and when.
    source: story.source ?? sender,
    wireTime: story.wireTime ?? wireTime,
    storyDate: story.storyDate ?? wireDay(sentAt),
    edNote: envelope ? joinNotes(story.edNote, text, ...notes) : story.edNote,
    // The pictures sent with the files belong to them when the message is only their envelope.
    media: envelope ? uniqueMedia([...story.media, ...media]) : story.media,
  }));
  if (envelope || !headline) return filled;

  const own = newStory({
    format: 'eml',
    headline,
    source: sender,
    language: declared ?? guessLanguage(text || headline),
    storyDate: wireDay(sentAt),
    wireTime,
    blocks: bodyOrFallback(blocks, headline),
    wireId: email.messageId?.replace(/^<|>$/g, '') || null,
    dateline: lead
      ? (datelineOf(blockText(lead), { knownAgencyOnly: true })?.dateline ?? null)
      : null,
    edNote: joinNotes(forwarderNote, ...notes),
    // Inline images also arrive as attachments; only remote ones need the HTML's reference.
    media: uniqueMedia([...media, ...content.media.filter((ref) => ref.uri !== null)]),
    quotes: content.quotes,
  });
  return [own, ...filled];
}

interface MailBody {
  content: HtmlContent;
  /** The original's header, when the message forwards one inline. */
  forward: ForwardedHeader | null;
  /** What the forwarder wrote above the forwarded message. */
  forwarderNote: string | null;
}

/** An HTML body; clients put each line of a forward block in a paragraph of its own. */
function htmlBody(html: string, declared: string | null): MailBody {
  const content = richContent(html, declared);
  const texts = content.blocks.map(blockText);
  const forward = findForward(texts);
  if (!forward) return { content, forward: null, forwarderNote: null };
  return {
    content: { ...content, blocks: content.blocks.slice(forward.bodyAt) },
    forward: forward.header,
    forwarderNote: texts.slice(0, forward.at).join('\n').trim() || null,
  };
}

/** A plain-text body, looked at line by line before its paragraphs are joined. */
function textBody(text: string): MailBody {
  const lines = text.split(/\r?\n/);
  const forward = findForward(lines);
  const body = forward ? lines.slice(forward.bodyAt).join('\n') : text;
  return {
    content: { blocks: paragraphBlocks(splitParagraphs(body)), quotes: [], media: [] },
    forward: forward?.header ?? null,
    forwarderNote: forward ? lines.slice(0, forward.at).join('\n').trim() || null : null,
  };
}

/** Shorter than this, a message's own text beside attached stories is a cover note. */
const COVER_NOTE = 300;

function joinNotes(...notes: (string | null)[]): string | null {
  const text = notes.filter((note) => note && note.trim() !== '').join('\n');
  return text === '' ? null : text;
}

interface Attached {
  stories: ImportedStory[];
  /** Why an attachment that looked like a wire file was not imported, for the editor. */
  notes: string[];
  media: MediaRef[];
}

const WIRE_NAME = /\.(xml|nitf|newsml|json|ninjs|txt|text|md|markdown|html?|eml|ipt|anpa|iptc)$/i;
const WIRE_TYPE =
  /^(text\/(plain|xml|html|markdown)|application\/(xml|json|[\w.-]+\+(xml|json))|message\/rfc822)$/;

/** Refusals of an attachment that was never meant as copy (a PDF, a spreadsheet, an archive). */
const QUIET_REFUSALS = new Set(['binary', 'otherKind', 'picture', 'video', 'sound', 'empty']);

async function attachments(email: Email, parseNested: NestedParser): Promise<Attached> {
  const result: Attached = { stories: [], notes: [], media: [] };
  for (const attachment of email.attachments) {
    const kind = /^(image|video|audio)\//.exec(attachment.mimeType)?.[1];
    if (kind) {
      result.media.push({
        kind: kind === 'image' ? 'picture' : (kind as 'video' | 'audio'),
        uri: attachment.contentId ? `cid:${attachment.contentId.replace(/^<|>$/g, '')}` : null,
        caption: attachment.description || attachment.filename || null,
        mimeType: attachment.mimeType,
      });
      continue;
    }
    const name = attachment.filename ?? '';
    // A wire file is known by its content, whatever its name ("BTA0012", "bta0012.dat") and the
    // type the mail gave it (application/octet-stream): each attachment is tried; what is no news
    // document is said in the note, as for any attachment that cannot be read.
    const named = WIRE_NAME.test(name) || WIRE_TYPE.test(attachment.mimeType);
    try {
      result.stories.push(
        ...(await parseNested(name || 'attachment', attachmentBytes(attachment))),
      );
    } catch (error) {
      // One unreadable attachment must not lose the message and its other attachments.
      const reason = error instanceof Error ? error.message : String(error);
      // An office document or an archive beside the copy is no surprise: only a file that looked
      // like wire copy, or named a reason worth knowing, is noted.
      if (named || !(error instanceof ImportError && QUIET_REFUSALS.has(error.reason?.key ?? '')))
        result.notes.push(`Attachment ${name || attachment.mimeType} not imported: ${reason}`);
    }
  }
  return result;
}

function attachmentBytes(attachment: Attachment): Uint8Array {
  const { content } = attachment;
  if (typeof content !== 'string') return new Uint8Array(content);
  return Buffer.from(content, attachment.encoding === 'base64' ? 'base64' : 'utf8');
}

/** Reply and forward prefixes, as mail clients in the newsroom's languages write them. */
const PREFIX = /^\s*(?:(?:re|fwd?|aw|wg|tr|sv|vs|rif|odp|antw|отг|fw)\s*(?:\[\d+\])?\s*:\s*)+/i;

function cleanSubject(subject: string | undefined): string | null {
  const clean = (subject ?? '').replace(PREFIX, '').replace(/\s+/g, ' ').trim();
  return clean === '' ? null : clean;
}

/**
 * The "-- " line opens a signature (RFC 3676): disclaimers and phone numbers, not copy. Only
 * with its space: a bare "--" line is as often a separator between two briefs, and all that
 * followed it was lost.
 */
function withoutSignature(text: string): string {
  const signature = /^-- $/m.exec(text);
  return signature ? text.slice(0, signature.index) : text;
}

function header(email: Email, key: string): string | null {
  return email.headers.find((entry) => entry.key === key)?.value ?? null;
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
