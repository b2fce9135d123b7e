import type { ImportedStory } from './types';

/**
 * C0 controls other than tab and newline, DEL, and C1 controls: wire systems leave them in, and
 * ESC sequences and their 8-bit forms can drive a terminal that prints an export. Text-decoded
 * formats lose them in decode.ts; mail headers and JSON string escapes (\u0001) reach the
 * importers intact and lose them here.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** The text without control characters (tabs and newlines stay). */
export function removeControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** Every string of an imported story, nested ones included, without control characters. */
export function stripControls(story: ImportedStory): ImportedStory {
  return clean(story) as ImportedStory;
}

/**
 * The value without control characters; the very same object where nothing changed, so that
 * the usual story (no controls at all) is not copied, block by block, on every import.
 */
function clean(value: unknown): unknown {
  if (typeof value === 'string') {
    const cleaned = removeControls(value);
    return cleaned === value ? value : cleaned;
  }
  if (Array.isArray(value)) {
    const cleaned = value.map(clean);
    return cleaned.some((item, index) => item !== value[index]) ? cleaned : value;
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value);
    const cleaned = entries.map(([key, inner]) => [key, clean(inner)] as const);
    return cleaned.some(([, inner], index) => inner !== entries[index]![1])
      ? Object.fromEntries(cleaned)
      : value;
  }
  return value;
}
