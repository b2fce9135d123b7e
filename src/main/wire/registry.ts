import type { StoryFormat } from '../../shared/model';
import type { Document, Element } from './xml';
import type { FeedOrigin, ImportedStory } from './types';
import { newsml1Importer } from './newsml1';
import { newsmlG2Importer } from './newsml-g2';
import { nitfImporter } from './nitf';
import { anpa1312Importer } from './anpa1312';
import { emlImporter } from './eml';
import { atomImporter, rssImporter } from './feeds';
import { htmlArticleImporter } from './html-article';
import { iptc7901Importer } from './iptc7901';
import { ninjsImporter } from './ninjs';

/**
 * The importers, grouped by what they read. import-file.ts decides which group a file belongs
 * to from its content (never its name), then asks each importer of the group whether the
 * document is its own (`sniff`), in order.
 */

/** The whole import again, for files inside files (mail attachments). */
export type NestedParser = (fileName: string, bytes: Uint8Array) => Promise<ImportedStory[]>;

/**
 * A file read from its bytes: its stories, and the charset the whole file was decoded in
 * (null where parts have charsets of their own, as in mail).
 */
export interface BytesParsed {
  stories: ImportedStory[];
  charset: string | null;
}

/** Formats recognised from raw bytes before any charset decoding (mail, control-framed wires). */
export interface BytesImporter {
  format: StoryFormat;
  sniff(bytes: Uint8Array): boolean;
  parse(
    bytes: Uint8Array,
    fileName: string,
    parseNested: NestedParser,
  ): BytesParsed | Promise<BytesParsed>;
}

export interface XmlImporter {
  format: StoryFormat;
  /** `root` is the document element; names are compared by local name (namespaces optional). */
  sniff(root: Element): boolean;
  /** `feed`: set when the document is a subscription's poll (see FeedOrigin). */
  parse(document: Document, fileName: string, feed?: FeedOrigin): ImportedStory[];
}

export interface JsonImporter {
  format: StoryFormat;
  sniff(value: unknown): boolean;
  parse(value: unknown, fileName: string): ImportedStory[];
}

export interface TextImporter {
  format: StoryFormat;
  sniff(text: string, fileName: string): boolean;
  parse(text: string, fileName: string): ImportedStory[];
}

export const BYTES_IMPORTERS: BytesImporter[] = [
  // <bytes-formats>
  emlImporter,
  anpa1312Importer,
  iptc7901Importer,
];

export const XML_IMPORTERS: XmlImporter[] = [
  // <xml-formats>
  rssImporter,
  atomImporter,
  nitfImporter,
  newsmlG2Importer,
  newsml1Importer,
];

export const JSON_IMPORTERS: JsonImporter[] = [
  // <json-formats>
  ninjsImporter,
];

/** Markup that is not XML news: HTML articles. */
export const HTML_IMPORTERS: TextImporter[] = [
  // <html-formats>
  htmlArticleImporter,
];
