/**
 * What a parser's own words say, for the few faults wire files really have: xmldom's and V8's
 * JSON messages are English and technical ("Opening and ending tag mismatch: "p" != "body""), and
 * a Bulgarian import report read them so. Each known message gives a reason and the parts that
 * vary (a tag, a position); the window says them in its language (import.parserErrors). Read from
 * the detail, not stored, so that failures reported before are worded too; anything else stays
 * in the parser's words.
 */
export type ParserWhy =
  | 'tagMismatch'
  | 'unclosed'
  | 'twoRoots'
  | 'attributeTwice'
  | 'badEndTag'
  | 'jsonEnd'
  | 'jsonToken'
  | 'jsonPosition';

export interface ParserFault {
  why: ParserWhy;
  values: Record<string, string>;
}

const XML: [RegExp, ParserWhy, string[]][] = [
  [/^Opening and ending tag mismatch: "(.+?)" != "(.+?)"$/, 'tagMismatch', ['open', 'close']],
  [/^unclosed xml tag\(s\): (.+)$/, 'unclosed', ['tags']],
  [/Only one element can be added/, 'twoRoots', []],
  [/^Attribute (\S+) redefined$/, 'attributeTwice', ['name']],
  [/^end tag name contains invalid characters: "(.*)"$/, 'badEndTag', ['tag']],
];

const JSON_FAULTS: [RegExp, ParserWhy, string[]][] = [
  [/^Unexpected end of JSON input$/, 'jsonEnd', []],
  [/^Unexpected token '(.+?)'/, 'jsonToken', ['token']],
  [/ at position (\d+)/, 'jsonPosition', ['position']],
];

/**
 * The faults in English, as the window's English says them (its locale is tested equal to
 * these): main's own message says them so too, and the command line's report, a watched
 * folder's .error.txt and the window read alike.
 */
export const PARSER_FAULT_ENGLISH: Record<ParserWhy, string> = {
  tagMismatch: '<{{open}}> is closed by </{{close}}>',
  unclosed: 'elements never closed: {{tags}}',
  twoRoots: 'more than one element at the top: a document has one',
  attributeTwice: 'the attribute {{name}} is given twice',
  badEndTag: 'a closing tag that is no tag name: </{{tag}}>',
  jsonEnd: 'the file ends in the middle of the data (cut short?)',
  jsonToken: 'an unexpected “{{token}}”',
  jsonPosition: 'a mistake at character {{position}}',
};

/** A parser's detail in the window's English words where it is a known fault; else as it is. */
export function parserDetailInEnglish(key: string, detail: string): string {
  const fault = parserFault(key, detail);
  if (!fault) return detail;
  return PARSER_FAULT_ENGLISH[fault.why].replace(
    /\{\{(\w+)\}\}/g,
    (_, name: string) => fault.values[name] ?? '',
  );
}

/** The fault a parser's message names, for an xmlError / xmlErrorAtLine / jsonError detail. */
export function parserFault(key: string, detail: unknown): ParserFault | null {
  if (typeof detail !== 'string') return null;
  const known = key === 'jsonError' ? JSON_FAULTS : key.startsWith('xmlError') ? XML : [];
  for (const [pattern, why, names] of known) {
    const match = pattern.exec(detail);
    if (match)
      return { why, values: Object.fromEntries(names.map((name, i) => [name, match[i + 1]!])) };
  }
  return null;
}
