import { decodeBytes } from './charset';

/**
 * Mail from older newsroom systems often sends Cyrillic text parts with no charset at all, or
 * with a default one (us-ascii, iso-8859-1) that the bytes are not in; a mail parser then
 * reads windows-1251 as Latin letters or as replacement characters, and the bytes are lost.
 * So, before parsing, such text parts are declared windows-1252, which (as the WHATWG defines
 * it, and as TextDecoder reads it) gives every byte its own character: afterwards the text
 * is turned back into the part's bytes and read by Edition's own charset detection, as a file
 * would be. Parts declaring any other charset (utf-8, koi8-r, windows-1251) are left alone.
 */
const STAND_IN = 'windows-1252';
const UNRELIABLE = /^(?:us-ascii|ascii|iso-8859-1|iso_8859-1|latin1|windows-1252|cp1252)$/i;

const TEXT_PART_TYPE = /^(content-type:[ \t]*text\/(?:plain|html)\b)((?:[^\r\n]|\r?\n[ \t])*)/gim;
const CHARSET_PARAM = /;\s*charset\s*=\s*"?([^";\s]*)"?/i;
/** The line before a part's Content-Type: a header (or its continuation), or a boundary. */
const HEADER_OR_BOUNDARY = /(?:^|\n)(?:[!-9;-~]+:[^\n]*|[ \t][^\n]*|--[^\n]*)\r?\n$/;

export interface MarkedMail {
  bytes: Uint8Array;
  /** Whether any part now stands in for bytes of a charset still to be found. */
  marked: boolean;
  /** The one charset the marked parts declared, if they agreed on one a text can be in. */
  declared: string | null;
}

/** Declares the stand-in charset on text parts whose own declaration cannot be trusted. */
export function markUndeclaredTextParts(bytes: Uint8Array): MarkedMail {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const declared = new Set<string | null>();
  const rewritten = text.replace(
    TEXT_PART_TYPE,
    (header, type: string, params: string, at: number) => {
      if (at > 0 && !HEADER_OR_BOUNDARY.test(text.slice(Math.max(0, at - 1024), at))) return header;
      const charset = CHARSET_PARAM.exec(params)?.[1] ?? null;
      if (charset !== null && !UNRELIABLE.test(charset)) return header;
      // us-ascii cannot hold 8-bit bytes: a part that has them says nothing true about them.
      declared.add(charset === null || /ascii/i.test(charset) ? null : charset.toLowerCase());
      const others = params.replace(CHARSET_PARAM, '');
      return `${type}${others}; charset=${STAND_IN}`;
    },
  );
  if (declared.size === 0) return { bytes, marked: false, declared: null };
  return {
    bytes: Buffer.from(rewritten, 'latin1'),
    marked: true,
    declared: declared.size === 1 ? [...declared][0]! : null,
  };
}

let standInBytes: Map<string, number> | null = null;

/**
 * A marked part's text read again: back to its bytes, then decoded as a file is. Text holding
 * characters the stand-in could not have produced (a part in a charset of its own, joined to
 * it by the parser) is returned as it is.
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
