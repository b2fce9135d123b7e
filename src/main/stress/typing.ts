/** What the editing child types, shared with the parent that checks what was stored. */
export const EDIT_HEADLINE = 'Crash test';
export const EDIT_BASE_TEXT = 'The story begins.';

/** Keystrokes land every 20–30 ms: a fast typist, so a lost second shows as ~40 characters. */
export const KEYSTROKE_MIN_MS = 20;
export const KEYSTROKE_SPREAD_MS = 10;

const PHRASE = ' the quick brown fox jumps over the lazy dog,';

/** The first `count` typed characters (deterministic, so the parent can rebuild them). */
function typedText(count: number): string {
  return PHRASE.repeat(Math.ceil(count / PHRASE.length)).slice(0, count);
}

/** The body text a save of `count` typed characters stores. */
export function bodyTextAfter(count: number): string {
  return EDIT_BASE_TEXT + typedText(count);
}
