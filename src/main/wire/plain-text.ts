import { plainInlines, type Block } from './blocks';
import { headerFields, readHeader } from './header';
import { headlineFromLead, looksLikeTitle } from './headline';
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
  const paragraphs = splitParagraphs(rest);
  if (paragraphs.length === 0)
    throw new ImportError('the file has a header but no story text', { key: 'noText' });

  let headline = header.headline;
  if (!headline && paragraphs.length > 1 && looksLikeTitle(paragraphs[0]!)) {
    headline = paragraphs.shift()!;
  }
  const blocks: Block[] = paragraphs.map((paragraph) => ({
    kind: 'paragraph',
    inlines: plainInlines(paragraph),
  }));

  const fields = headerFields(header, rest);
  return newStory({
    format: 'text',
    headline: headline ?? headlineFromLead(paragraphs[0]!),
    ...fields,
    kicker: fields.kicker ?? (priority ? priority[1]!.toUpperCase() : null),
    ...(priority && { urgency: /flash|светкавица|молния/i.test(priority[1]!) ? 1 : 2 }),
    blocks,
  });
}

/** Priority words wires put on a line of their own above an urgent story's headline. */
const PRIORITY_WORDS =
  /^\s*(urgent|flash|bulletin|breaking(?: news)?|eilmeldung|светкавица|спешно|молния|срочно)\s*[!:.]*\s*$/iu;

export function splitParagraphs(text: string): string[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  const hasBlankLines = /\n[ \t]*\n/.test(trimmed);
  const chunks = hasBlankLines ? trimmed.split(/\n[ \t]*\n+/) : trimmed.split('\n');
  return chunks
    .map((chunk) =>
      chunk
        .split('\n')
        .map((line) => line.trim())
        .join(' ')
        .replace(/[ \t]+/g, ' ')
        .trim(),
    )
    .filter((chunk) => chunk !== '');
}
