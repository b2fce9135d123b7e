import { decodeText } from './decode';
import { detectFormat } from './detect';
import { importMarkdown } from './markdown';
import { importPlainText } from './plain-text';
import type { ImportedStory } from './types';

export interface ParsedFile {
  /** Normalised text; its hash recognises a file imported before. */
  text: string;
  stories: ImportedStory[];
}

/** One file's bytes to the stories it holds. Throws ImportError for content it cannot read. */
export function parseWireFile(fileName: string, bytes: Uint8Array): ParsedFile {
  const text = decodeText(bytes);
  const format = detectFormat(fileName, text);
  const story = format === 'markdown' ? importMarkdown(text) : importPlainText(text);
  return { text, stories: [story] };
}
