import { characterCount, fieldLength, SUBJECT_MAX, SUBJECT_MIN } from '@shared/characters';
import type { LexicalStateJson } from '@shared/model';

/** A piece of a search snippet: plain text, or a word that matched the search. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

/**
 * Main marks the matches of a search in a snippet as [[word]]. This splits the snippet so that
 * the matches can be rendered as <mark> (never as HTML: the snippet is the story's own text).
 * A marker left open by a cut-off snippet is shown as text, not swallowed.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const push = (text: string, match: boolean): void => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.match === match) last.text += text;
    else parts.push({ text, match });
  };
  let rest = snippet;
  while (rest) {
    const open = rest.indexOf('[[');
    if (open < 0) break;
    const close = rest.indexOf(']]', open + 2);
    if (close < 0) break;
    push(rest.slice(0, open), false);
    push(rest.slice(open + 2, close), true);
    rest = rest.slice(close + 2);
  }
  push(rest, false);
  return parts;
}

function textNode(text: string): Record<string, unknown> {
  return { type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' };
}

function paragraph(text: string): Record<string, unknown> {
  return {
    type: 'paragraph',
    version: 1,
    direction: null,
    format: '',
    indent: 0,
    textFormat: 0,
    textStyle: '',
    children: text ? [textNode(text)] : [],
  };
}

/**
 * An intro written as plain text (the command line's, or one from before the intro was rich
 * text) as the document shape the story bodies use (Lexical's serialised state): one paragraph
 * per line. Nothing but blank lines is no intro at all (null).
 */
export function introFromText(text: string): LexicalStateJson | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[0]!.trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1]!.trim() === '') lines.pop();
  if (lines.length === 0) return null;
  return {
    root: {
      type: 'root',
      version: 1,
      direction: null,
      format: '',
      indent: 0,
      children: lines.map((line) => paragraph(line)),
    },
  };
}

/** How a subject line fares: most inboxes show SUBJECT_MIN to SUBJECT_MAX characters of it. */
export type SubjectFit = 'empty' | 'short' | 'good' | 'long';

export { characterCount, fieldLength, SUBJECT_MAX, SUBJECT_MIN };

export function subjectFit(subject: string): SubjectFit {
  const length = fieldLength(subject);
  if (length === 0) return 'empty';
  if (length < SUBJECT_MIN) return 'short';
  if (length > SUBJECT_MAX) return 'long';
  return 'good';
}

/** Lower case with ё as е (as main's search folds it), one character for one. */
function foldChar(char: string): string {
  const lower = char.toLocaleLowerCase();
  if (lower.length !== char.length) return char;
  return lower === 'ё' ? 'е' : lower;
}

function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i += 1) out += foldChar(text[i]!);
  return out;
}

/**
 * The words of a search marked in a text main gave no snippet for (a headline): each search word
 * of two letters or more, wherever it occurs, ignoring case and ё/е.
 */
export function highlightTerms(text: string, query: string): SnippetPart[] {
  const terms = [
    ...new Set(
      query
        .split(/\s+/)
        .map((word) => fold(word.replace(/["*()^:+-]/g, '')))
        .filter((word) => word.length >= 2),
    ),
  ];
  if (terms.length === 0 || !text) return text ? [{ text, match: false }] : [];
  const folded = fold(text);
  const marked = new Array<boolean>(text.length).fill(false);
  for (const term of terms) {
    for (let at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + 1))
      for (let i = at; i < at + term.length; i += 1) marked[i] = true;
  }
  const parts: SnippetPart[] = [];
  let start = 0;
  for (let i = 1; i <= text.length; i += 1) {
    if (i === text.length || marked[i] !== marked[start]) {
      parts.push({ text: text.slice(start, i), match: marked[start]! });
      start = i;
    }
  }
  return parts;
}
