import iconv from 'iconv-lite';
import { decodeBytes } from './charset';

/**
 * A mail's text parts declare charsets no more truthfully than files do: older newsroom systems
 * send Cyrillic with no charset at all, with a default one (us-ascii, iso-8859-1), or with
 * whatever their template says (utf-8 over windows-1251, windows-1251 over KOI8-R); a mail
 * parser believes the header and the bytes are lost (replacement characters, or mojibake). So,
 * before parsing, every text part is declared windows-1252, which (as the WHATWG defines it, and
 * as TextDecoder reads it) gives every byte its own character: afterwards the text is turned
 * back into the part's bytes and read by Edition's own charset decoding, as a file would be,
 * with the part's declaration as the file's (true ones are kept, lies found out). A message with
 * a text part in a charset iconv cannot read (ISO-2022-JP) is left to the mail parser, which
 * can: the parser joins the parts' texts, and the stand-in could not be told from the rest.
 */
const STAND_IN = 'windows-1252';

const TEXT_PART_TYPE = /^(content-type:[ \t]*text\/(?:plain|html)\b)(.*)$/i;
const CHARSET_PARAM = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
const BOUNDARY_PARAM = /;\s*boundary\s*=\s*"?([^";]+?)"?\s*(?:;|$)/i;

export interface MarkedMail {
  bytes: Uint8Array;
  /** Whether the text parts now stand in for bytes of a charset still to be found. */
  marked: boolean;
  /**
   * The one charset the HTML parts, and the one the plain-text parts, declared (the parser
   * joins each kind's texts), if their parts agreed on one a text can be in.
   */
  declared: { html: string | null; text: string | null };
}

/** A header of the message or of one of its parts, with its folded lines joined. */
interface Header {
  /** Index of its first line and how many lines it spans. */
  line: number;
  span: number;
  text: string;
  /** Which header block (the message's, or a part's) it belongs to. */
  block: number;
}

/**
 * The headers of the message and of each part: the lines from the start, or from a line that
 * is a boundary a Content-Type declared, up to the next blank line. A body line that merely
 * looks like a header ("Content-Type: text/plain" quoted in a story) is never one of them.
 */
function headersOf(lines: string[]): Header[] {
  const headers: Header[] = [];
  const boundaries = new Set<string>();
  let blockStart = 0;
  let block = 0;
  let inHeader = true;
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!.replace(/\r$/, '');
    if (!inHeader) {
      const marker = /^--(.+?)\s*$/.exec(line)?.[1];
      if (marker !== undefined && boundaries.has(marker)) {
        inHeader = true;
        blockStart = headers.length;
        block += 1;
      }
      continue;
    }
    if (line === '') {
      inHeader = false;
      // The block's Content-Type (folded or not, now whole) may declare the next boundary.
      for (const header of headers.slice(blockStart)) {
        const boundary = /^content-type:/i.test(header.text)
          ? BOUNDARY_PARAM.exec(header.text)?.[1]
          : undefined;
        if (boundary) boundaries.add(boundary);
      }
      continue;
    }
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last && last.line + last.span === index) {
      last.span += 1;
      last.text += line;
      continue;
    }
    headers.push({ line: index, span: 1, text: line, block });
  }
  return headers;
}

/**
 * Declares the stand-in charset on every text part, keeping what each declared, and gives the
 * message's headers written in raw 8-bit bytes (older systems put a windows-1251 Subject in as
 * it is; a mail parser reads header bytes as UTF-8, and the letters are lost) as RFC 2047
 * encoded words, decoded as a file is, with the body's declaration for a hint.
 */
export function markTextParts(bytes: Uint8Array): MarkedMail {
  const lines = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .split('\n');
  const headers = headersOf(lines);
  // Attached files are not the message's text (the mail parser leaves them out of it, and an
  // attached wire file is imported from its own bytes).
  const attached = new Set(
    headers
      .filter((header) => /^content-disposition:\s*attachment/i.test(header.text))
      .map((header) => header.block),
  );
  const textParts = headers.filter(
    (header) => TEXT_PART_TYPE.test(header.text) && !attached.has(header.block),
  );
  const declared = { html: new Set<string | null>(), text: new Set<string | null>() };
  let marked = textParts.length > 0;
  for (const part of textParts) {
    const charset = CHARSET_PARAM.exec(part.text)?.[1]?.toLowerCase() ?? null;
    const known = charset !== null && iconv.encodingExists(charset);
    if (charset !== null && !known && decoderExists(charset)) marked = false;
    const kind = /text\/html/i.test(part.text) ? 'html' : 'text';
    // us-ascii cannot hold 8-bit bytes, and a name nothing knows ("unknown-8bit") says nothing.
    declared[kind].add(known && !/ascii/.test(charset) ? charset : null);
  }
  const one = (charsets: Set<string | null>) => (charsets.size === 1 ? [...charsets][0]! : null);
  const result = { html: one(declared.html), text: one(declared.text) };

  const edits: { header: Header; text: string }[] = [];
  if (marked) {
    for (const part of textParts) {
      const [, type, params] = TEXT_PART_TYPE.exec(part.text)!;
      edits.push({
        header: part,
        text: `${type}${params!.replace(CHARSET_PARAM, '')}; charset=${STAND_IN}`,
      });
    }
  }
  const hint = result.text ?? result.html;
  for (const header of headers) {
    if (header.block !== 0 || /^content-/i.test(header.text)) continue;
    if (/[\x80-\xff]/.test(header.text))
      edits.push({ header, text: rawAsEncoded(header.text, hint) });
    else if (/=\?[^?\s]+\?[BbQq]\?/.test(header.text))
      edits.push({ header, text: encodedAgain(header.text) });
  }
  if (edits.length === 0) return { bytes, marked: false, declared: result };
  for (const { header, text } of edits.sort((a, b) => b.header.line - a.header.line)) {
    const ending = lines[header.line + header.span - 1]!.endsWith('\r') ? '\r' : '';
    lines.splice(header.line, header.span, `${text}${ending}`);
  }
  return { bytes: Buffer.from(lines.join('\n'), 'latin1'), marked, declared: result };
}

/** "Subject: <raw bytes>" with its non-ASCII words as UTF-8 encoded words. */
function rawAsEncoded(header: string, hint: string | null): string {
  const colon = header.indexOf(':');
  const value = decodeBytes(Buffer.from(header.slice(colon + 1), 'latin1'), hint).text;
  // A quoted display name ("BTA Новини" <…>) as one encoded word without its quotes (encoded
  // words are read only outside quotes); other non-ASCII words as encoded words.
  const encoded = value.replace(
    /"((?:[^"\\]|\\.)*)"|\S*[^\p{ASCII}]\S*(?:\s+\S*[^\p{ASCII}]\S*)*/gu,
    (words, quoted: string | undefined) => {
      if (quoted === undefined) return utf8Word(words);
      return /[^\p{ASCII}]/u.test(quoted) ? utf8Word(quoted.replace(/\\(.)/g, '$1')) : words;
    },
  );
  return `${header.slice(0, colon)}:${encoded}`;
}

/** Encoded words in a row (whitespace between them is no text), all in one charset. */
const ENCODED_RUN = /=\?([^?\s]+)\?([BbQq])\?[^?\s]*\?=(?:\s*=\?\1\?\2\?[^?\s]*\?=)*/g;

/**
 * Encoded words ("=?utf-8?B?…?=") declare charsets as freely as parts do: each run is taken
 * back to its bytes and read as a file is, with its charset for the declaration, then given to
 * the parser as UTF-8. Charsets only the parser reads are left to it.
 */
function encodedAgain(header: string): string {
  return header.replace(ENCODED_RUN, (run, charset: string, encoding: string) => {
    if (!iconv.encodingExists(charset)) return run;
    const payloads = [...run.matchAll(/=\?[^?]+\?[BbQq]\?([^?\s]*)\?=/g)].map((word) => word[1]!);
    const bytes = Buffer.concat(
      payloads.map((payload) =>
        /b/i.test(encoding) ? Buffer.from(payload, 'base64') : qBytes(payload),
      ),
    );
    return utf8Word(decodeBytes(bytes, charset).text);
  });
}

function qBytes(payload: string): Buffer {
  const latin = payload
    .replace(/_/g, ' ')
    .replace(/=([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(latin, 'latin1');
}

function utf8Word(text: string): string {
  return `=?UTF-8?B?${Buffer.from(text, 'utf8').toString('base64')}?=`;
}

function decoderExists(charset: string): boolean {
  try {
    new TextDecoder(charset);
    return true;
  } catch {
    return false;
  }
}

let standInBytes: Map<string, number> | null = null;

/**
 * A marked part's text read again: back to its bytes, then decoded as a file is. Text holding
 * characters the stand-in could not have produced is returned as it is.
 */
export function readMarkedText(text: string, declared: string | null): string {
  standInBytes ??= new Map(
    Array.from({ length: 256 }, (_, byte) => [
      new TextDecoder(STAND_IN).decode(Uint8Array.of(byte)),
      byte,
    ]),
  );
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i += 1) {
    const byte = standInBytes.get(text[i]!);
    if (byte === undefined) return text;
    bytes[i] = byte;
  }
  return decodeBytes(bytes, declared).text;
}
