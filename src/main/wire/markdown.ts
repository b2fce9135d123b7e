import { decodeHTMLStrict } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { blockText, inlineText, safeHref, type Block, type Inline } from './blocks';
import { readFrontMatter } from './front-matter';
import { headerFields, readHeader } from './header';
import { headlineFromLead } from './headline';
import { assertMarkdownNesting } from './nesting';
import { ImportError, newStory, type ImportedStory } from './types';

/**
 * Markdown stories, tokenised by marked (no HTML rendering: raw HTML in the source is kept as
 * its text, never as markup). YAML front matter or header lines give the headline and the
 * byline, date and source; else the first level-1 heading, if it opens the story, is the headline.
 */
export function importMarkdown(text: string): ImportedStory {
  assertMarkdownNesting(text);
  const { header, rest } = readFrontMatter(text) ?? readHeader(text);
  const blocks = new Lexer().lex(rest).flatMap(toBlocks);
  if (blocks.length === 0) throw new ImportError('the file has no story text', { key: 'noText' });

  let headline = header.headline;
  const first = blocks[0]!;
  if (first.kind === 'heading' && first.level === 1) {
    // The opening heading is the headline, unless a header gave one (then it stays a heading,
    // and goes only if it repeats the headline).
    if (!headline) headline = inlineText(first.inlines);
    if (headline === inlineText(first.inlines)) blocks.shift();
  }
  const lead = blocks.find((block) => block.kind === 'paragraph');
  return newStory({
    format: 'markdown',
    headline: headline ?? headlineFromLead(lead ? blockText(lead) : blockText(blocks[0] ?? first)),
    ...headerFields(header, rest),
    blocks,
  });
}

function toBlocks(token: Token): Block[] {
  switch (token.type) {
    case 'heading': {
      const heading = token as Tokens.Heading;
      const level = Math.min(Math.max(heading.depth, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6;
      return [{ kind: 'heading', level, inlines: inlines(heading.tokens) }];
    }
    case 'paragraph':
      return nonEmpty({ kind: 'paragraph', inlines: inlines((token as Tokens.Paragraph).tokens) });
    case 'blockquote': {
      const quoted = (token as Tokens.Blockquote).tokens.flatMap(toBlocks);
      return quoted.map((block) =>
        block.kind === 'paragraph' ? { ...block, kind: 'quote' } : block,
      );
    }
    case 'list': {
      const list = token as Tokens.List;
      return [
        {
          kind: 'list',
          ordered: list.ordered,
          items: list.items.map((item) => inlines(item.tokens)),
        },
      ];
    }
    case 'table':
      return tableRows(token as Tokens.Table);
    case 'code':
    case 'html':
    case 'text':
      return nonEmpty({
        kind: 'paragraph',
        inlines: [{ text: (token as Tokens.Text).text.trim() }],
      });
    default:
      return [];
  }
}

/**
 * A table as a paragraph per row, its cells in order with a middle dot between them and the
 * header row in bold: a story has no tables, and its figures must not be lost.
 */
function tableRows(table: Tokens.Table): Block[] {
  const row = (cells: Tokens.TableCell[], style: Omit<Inline, 'text'>): Block[] =>
    nonEmpty({
      kind: 'paragraph',
      inlines: cells.flatMap((cell, index) => [
        ...(index > 0 ? [{ ...style, text: ' · ' }] : []),
        ...inlines(cell.tokens, style),
      ]),
    });
  return [...row(table.header, { bold: true }), ...table.rows.flatMap((cells) => row(cells, {}))];
}

function nonEmpty(block: Block): Block[] {
  return blockText(block).trim() === '' ? [] : [block];
}

function inlines(tokens: Token[] | undefined, style: Omit<Inline, 'text'> = {}): Inline[] {
  if (!tokens) return [];
  return tokens.flatMap((token): Inline[] => {
    switch (token.type) {
      case 'strong':
        return inlines((token as Tokens.Strong).tokens, { ...style, bold: true });
      case 'em':
        return inlines((token as Tokens.Em).tokens, { ...style, italic: true });
      case 'link': {
        const link = token as Tokens.Link;
        const href = safeHref(link.href);
        return inlines(link.tokens, href ? { ...style, href } : style);
      }
      case 'text': {
        const text = token as Tokens.Text;
        return text.tokens
          ? inlines(text.tokens, style)
          : [{ ...style, text: decodeEntities(text.text) }];
      }
      case 'codespan':
        // Code is literal: "&lt;" in backticks is those four characters.
        return [{ ...style, text: (token as Tokens.Codespan).text }];
      case 'br':
        return [{ ...style, text: '\n' }];
      case 'list':
        // A nested list inside an item: keep its words rather than drop them.
        return (token as Tokens.List).items.flatMap((item) => [
          { text: ' ' },
          ...inlines(item.tokens, style),
        ]);
      default:
        return [
          { ...style, text: decodeEntities('text' in token ? String(token.text) : token.raw) },
        ];
    }
  });
}

/**
 * Characters for entity references, as Markdown reads them ("&laquo;" is «), and for the ones
 * marked wrote escaping &, <, > and quotes; an unknown name ("&tstr;") stays as written.
 */
function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
}
