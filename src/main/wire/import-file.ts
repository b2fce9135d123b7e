import { sniffDeclaration } from './charset';
import { decodeText, checkFileBytes } from './decode';
import { detectFormat } from './detect';
import { HTML_TAGS } from './html-article';
import { importMarkdown } from './markdown';
import { importPlainText } from './plain-text';
import { BYTES_IMPORTERS, HTML_IMPORTERS, JSON_IMPORTERS, XML_IMPORTERS } from './registry';
import { stripControls } from './strip-controls';
import { ImportError, type FeedOrigin, type ImportedStory } from './types';
import { localName, parseXml } from './xml';
import { withTextEmbargo } from './text-embargo';
import { parserDetailInEnglish } from '../../shared/parser-errors';

export interface ParsedFile {
  /** The file's content as read (decoded text, or the bytes): what stories were once known by. */
  fingerprint: string | Uint8Array;
  /** The charset the text was read in, when it was decoded here. */
  charset: string | null;
  stories: ImportedStory[];
}

/**
 * One file's bytes to the stories it holds. The format comes from the content: mail and
 * control-framed wires from the raw bytes; then, after charset decoding, JSON, XML, HTML, and
 * finally Markdown or plain text. Throws ImportError with a plain reason.
 */
export async function parseWireFile(
  fileName: string,
  bytes: Uint8Array,
  /** The charset the file came with (HTTP's Content-Type): a declaration inside it counts first. */
  sentCharset: string | null = null,
  /** A subscription's poll: its items' scope and the address it came from. */
  feed?: FeedOrigin,
): Promise<ParsedFile> {
  checkFileBytes(bytes);
  const byBytes = BYTES_IMPORTERS.find((importer) => importer.sniff(bytes));
  if (byBytes) {
    const { stories, charset } = await byBytes.parse(bytes, fileName, parseNested);
    return { fingerprint: bytes, charset, stories: nonEmpty(stories) };
  }

  const declared = sentCharset ? (sniffDeclaration(bytes) ?? sentCharset) : undefined;
  const { text, charset } = decodeText(bytes, declared);
  return { fingerprint: text, charset, stories: nonEmpty(parseText(fileName, text, feed)) };
}

/**
 * Passed to the importers of files that hold files, rather than imported by them: that would
 * be an import cycle (import-file → registry → eml → import-file), and a dynamic import()
 * instead fails where the source runs through tsx's require hook (the CLI from a checkout, the
 * parse workers).
 */
async function parseNested(fileName: string, bytes: Uint8Array): Promise<ImportedStory[]> {
  return (await parseWireFile(fileName, bytes)).stories;
}

function parseText(fileName: string, text: string, feed?: FeedOrigin): ImportedStory[] {
  const head = text.trimStart().slice(0, 1024);
  if (head.startsWith('{') || head.startsWith('[')) return parseJson(fileName, text);
  if (head.startsWith('<')) {
    if (looksLikeHtml(head)) return parseHtml(fileName, text);
    return parseXmlDocument(fileName, text, feed);
  }
  return [
    detectFormat(fileName, text) === 'markdown' ? importMarkdown(text) : importPlainText(text),
  ];
}

function parseJson(fileName: string, text: string): ImportedStory[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = (error as Error).message;
    throw new ImportError(`JSON error: ${parserDetailInEnglish('jsonError', detail)}`, {
      key: 'jsonError',
      values: { detail },
    });
  }
  const importer = JSON_IMPORTERS.find((candidate) => candidate.sniff(value));
  if (!importer)
    throw new ImportError('not a news document (JSON, but not ninjs)', { key: 'notNewsJson' });
  return importer.parse(value, fileName);
}

function parseXmlDocument(fileName: string, text: string, feed?: FeedOrigin): ImportedStory[] {
  const document = parseXml(text);
  const root = document.documentElement!;
  const importer = XML_IMPORTERS.find((candidate) => candidate.sniff(root));
  if (!importer) {
    if (localName(root).toLowerCase() === 'html') return parseHtml(fileName, text);
    const name = localName(root);
    throw new ImportError(`not a news document (XML whose root is <${name}>)`, {
      key: 'notNewsXml',
      values: { root: name },
    });
  }
  return importer.parse(document, fileName, feed);
}

function parseHtml(fileName: string, text: string): ImportedStory[] {
  const importer = HTML_IMPORTERS.find((candidate) => candidate.sniff(text, fileName));
  if (!importer) throw new ImportError('HTML articles are not imported yet');
  return importer.parse(text, fileName);
}

const STARTS_AS_HTML = new RegExp(`^<(${HTML_TAGS})[\\s/>]`);

function looksLikeHtml(head: string): boolean {
  // A page saved by a browser starts with a comment ("saved from url=…") before its <html>.
  const lower = head.toLowerCase().replace(/^(?:<!--[\s\S]*?-->\s*)+/, '');
  if (lower.startsWith('<!doctype html') || lower.startsWith('<html')) return true;
  if (lower.startsWith('<?xml'))
    return (
      /<html[\s>]/.test(lower) &&
      !/<([\w.-]+:)?(rss|feed|nitf|newsitem|newsmessage|packageitem|newsml)/.test(lower)
    );
  return STARTS_AS_HTML.test(lower);
}

function nonEmpty(stories: ImportedStory[]): ImportedStory[] {
  if (stories.length === 0)
    throw new ImportError('the document holds no text story', { key: 'noText' });
  return stories.map(stripControls).map(withTextEmbargo);
}
