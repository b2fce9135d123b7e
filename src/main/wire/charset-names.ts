/**
 * Charset names as Edition uses them, and the families detection and declarations sort them
 * into.
 */

/** The Cyrillic charsets ranked against each other by how their text reads. */
export const CYRILLIC_CANDIDATES = ['windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5', 'ibm866'];

/** Every Cyrillic charset chardet may name. */
export const CYRILLIC = [...CYRILLIC_CANDIDATES, 'x-mac-cyrillic'];

/** Single-byte charsets of alphabets other than Latin and Cyrillic. */
export const OTHER_ALPHABETS = new Set([
  'iso-8859-7',
  'windows-1253',
  'windows-874',
  'iso-8859-8',
  'windows-1255',
  'iso-8859-6',
  'windows-1256',
]);

/** Multi-byte charsets of Chinese, Japanese and Korean. */
export const MULTI_BYTE_ASIAN = new Set([
  'gb18030',
  'big5',
  'shift_jis',
  'euc-jp',
  'euc-kr',
  'iso-2022-jp',
  'iso-2022-kr',
  'iso-2022-cn',
]);

/** Charsets of scripts other than Latin: text in one of these read as Western is mojibake. */
export const NON_LATIN = new Set([...CYRILLIC, ...OTHER_ALPHABETS, ...MULTI_BYTE_ASIAN]);

/** The Western charsets, as names come out of normaliseCharset and asBrowsersRead. */
const WESTERN = new Set(['iso-8859-1', 'windows-1252', 'iso-8859-15']);

export function isWestern(charset: string): boolean {
  return WESTERN.has(charset);
}

/**
 * A declared Western charset as browsers read it (the WHATWG Encoding Standard): ISO-8859-1 and
 * ASCII labels mean windows-1252, whose curly quotes, dashes and € agencies send under them.
 */
export function asBrowsersRead(charset: string | null): string | null {
  return charset === 'iso-8859-1' || charset === 'us-ascii' ? 'windows-1252' : charset;
}

/** Canonical lower-case names; GB2312 is read as its superset GB18030. */
export function normaliseCharset(name: string | null | undefined): string | null {
  if (!name) return null;
  const lower = name
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  const aliases: Record<string, string> = {
    utf8: 'utf-8',
    'utf-8': 'utf-8',
    latin1: 'iso-8859-1',
    'iso_8859-1': 'iso-8859-1',
    cp1251: 'windows-1251',
    'win-1251': 'windows-1251',
    'x-cp1251': 'windows-1251',
    cp1252: 'windows-1252',
    gb2312: 'gb18030',
    gbk: 'gb18030',
    koi8r: 'koi8-r',
    ascii: 'us-ascii',
  };
  return aliases[lower] ?? lower;
}
