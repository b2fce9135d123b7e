import { plainInlines, type Block } from './blocks';
import { headerFields, readHeader } from './header';
import { headlineFromLead, looksLikeTitle } from './headline';
import { datelineOf } from './lead-dateline';
import { bylineName, isBylineLine, isRoleLine } from './story-fields';
import { isEmbargoLine } from './text-embargo';
import { ImportError, newStory, type ImportedStory } from './types';

/**
 * Plain-text wire copy. Paragraphs are separated by blank lines and hard-wrapped lines inside
 * a paragraph are joined; copy that has no blank lines at all is one paragraph per line.
 */
export function importPlainText(text: string): ImportedStory {
  const { header, rest: afterHeader } = readHeader(text);
  // "URGENT" or "СВЕТКАВИЦА" alone above the headline is the wire's priority, not the headline;
  // with or without a blank line after it.
  const firstLine = afterHeader.trimStart().split('\n', 1)[0]!;
  const priority = PRIORITY_WORDS.exec(firstLine);
  const rest = priority ? afterHeader.trimStart().slice(firstLine.length) : afterHeader;
  const chunks = splitChunks(rest);
  if (chunks.length === 0)
    throw new ImportError('the file has a header but no story text', { key: 'noText' });
  // An embargo line above the headline ("EMBARGOED for release at …") is set aside while the
  // headline and byline are read, and stays first in the text, where withTextEmbargo takes it.
  const embargoLine =
    chunks.length > 1 && isEmbargoLine(joinLines(chunks[0]!)) ? joinLines(chunks.shift()!) : null;

  let headline = header.headline;
  if (!headline && chunks.length > 1 && looksLikeTitle(joinLines(chunks[0]!))) {
    headline = joinLines(chunks.shift()!);
  }
  const credit = header.byline ? null : takeCredit(chunks);
  // Never empty: a headline or a credit is taken only with text after it.
  const paragraphs = chunks.map(joinLines);
  const lead = paragraphs[0]!;
  const blocks: Block[] = (embargoLine ? [embargoLine, ...paragraphs] : paragraphs).map(
    (paragraph) => ({ kind: 'paragraph', inlines: plainInlines(paragraph) }),
  );

  const fields = headerFields(header, rest);
  const place = datelineOf(lead, { knownAgencyOnly: true });
  return newStory({
    format: 'text',
    headline: headline ?? headlineFromLead(lead),
    ...fields,
    byline: fields.byline ?? credit,
    dateline: fields.dateline ?? place?.dateline ?? null,
    source: fields.source ?? place?.source ?? null,
    kicker: fields.kicker ?? (priority ? priority[1]!.toUpperCase() : null),
    ...(priority && { urgency: /flash|светкавица|молния/i.test(priority[1]!) ? 1 : 2 }),
    blocks,
  });
}

/** Priority words wires put on a line of their own above an urgent story's headline. */
const PRIORITY_WORDS =
  /^\s*(urgent|flash|bulletin|breaking(?: news)?|eilmeldung|светкавица|спешно|молния|срочно)\s*[!:.]*\s*$/iu;

/**
 * "By MARY SMITH" under the headline, with its role on the next line or paragraph ("Associated
 * Press Writer"): taken out of the text as the byline.
 */
function takeCredit(chunks: string[][]): string | null {
  const first = chunks[0];
  if (!first || chunks.length < 2 || !isBylineLine(first[0]!)) return null;
  chunks.shift();
  const lines = first.length > 1 ? first.slice(1) : [];
  if (
    lines.length === 0 &&
    chunks.length > 1 &&
    chunks[0]!.length === 1 &&
    isRoleLine(chunks[0]![0]!)
  )
    lines.push(...chunks.shift()!);
  const role = lines.length > 0 && lines.every(isRoleLine) ? `, ${lines.join(', ')}` : '';
  if (lines.length > 0 && role === '') chunks.unshift(lines); // not a role: text after the credit
  return `${bylineName(first[0])}${role}`;
}

export function splitParagraphs(text: string): string[] {
  return splitChunks(text).map(joinLines);
}

/** Paragraphs as their lines, trimmed: blank lines part them, or each line is one when none do. */
function splitChunks(text: string): string[][] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const hasBlankLines = /\n[ \t]*\n/.test(trimmed);
  const chunks = hasBlankLines ? trimmed.split(/\n[ \t]*\n+/) : trimmed.split('\n');
  return chunks
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.replace(/[ \t]+/g, ' ').trim())
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
}

/** Hard-wrapped lines joined into the paragraph they wrap. */
function joinLines(lines: string[]): string {
  return lines.join(' ');
}
