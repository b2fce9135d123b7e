import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockText } from '../blocks';
import { parseWireFile, type ParsedFile } from '../import-file';
import type { ImportedStory } from '../types';

export function fixtureBytes(name: string): Uint8Array {
  return readFileSync(join(__dirname, name));
}

/** A fixture through the whole import, as a dropped file would go. */
export function importFixture(name: string): Promise<ParsedFile> {
  return parseWireFile(name, fixtureBytes(name));
}

export function texts(story: ImportedStory): string[] {
  return story.blocks.map(blockText);
}

/** Real agency samples, when the machine has them (never copied into the project). */
export const SAMPLES = '/work/shared/wire-samples';
