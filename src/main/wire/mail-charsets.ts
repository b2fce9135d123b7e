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

/** Declares the stand-in charset on every text part, keeping what each declared. */
export function markTextParts(bytes: Uint8Array): MarkedMail {
  const unmarked: MarkedMail = { bytes, marked: false, declared: { html: null, text: null } };
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
  if (textParts.length === 0) return unmarked;
  const declared = { html: new Set<string | null>(), text: new Set<string | null>() };
  for (const part of textParts) {
    const charset = CHARSET_PARAM.exec(part.text)?.[1]?.toLowerCase() ?? null;
    const known = charset !== null && iconv.encodingExists(charset);
    if (charset !== null && !known && decoderExists(charset)) return unmarked;
    const kind = /text\/html/i.test(part.text) ? 'html' : 'text';
    // us-ascii cannot hold 8-bit bytes, and a name nothing knows ("unknown-8bit") says nothing.
    declared[kind].add(known && !/ascii/.test(charset) ? charset : null);
  }
  for (const part of [...textParts].reverse()) {
    const [, type, params] = TEXT_PART_TYPE.exec(part.text)!;
    const ending = lines[part.line + part.span - 1]!.endsWith('\r') ? '\r' : '';
    const rewritten = `${type}${params!.replace(CHARSET_PARAM, '')}; charset=${STAND_IN}${ending}`;
    lines.splice(part.line, part.span, rewritten);
  }
  const one = (charsets: Set<string | null>) => (charsets.size === 1 ? [...charsets][0]! : null);
  return {
    bytes: Buffer.from(lines.join('\n'), 'latin1'),
    marked: true,
    declared: { html: one(declared.html), text: one(declared.text) },
  };
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
