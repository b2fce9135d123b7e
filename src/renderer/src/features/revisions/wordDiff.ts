import DiffMatchPatch from 'diff-match-patch';

export type DiffPart = { kind: 'equal' | 'deleted' | 'inserted'; text: string };

/** Words, runs of spaces and single punctuation marks: the units a revision is compared in. */
const TOKEN = /[\p{L}\p{N}]+|\s+|[^\p{L}\p{N}\s]/gu;

/**
 * Compares two texts word by word (diff-match-patch on words, as its line mode does on lines):
 * a changed word shows as one word deleted and one inserted, not as scattered letters.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const vocabulary = new Map<string, string>();
  const tokens: string[] = [];
  const encode = (text: string): string =>
    (text.match(TOKEN) ?? [])
      .map((token) => {
        let code = vocabulary.get(token);
        if (code === undefined) {
          // One private character per distinct token; 65 000 distinct words is far beyond a story.
          code = String.fromCharCode(tokens.length + 1);
          vocabulary.set(token, code);
          tokens.push(token);
        }
        return code;
      })
      .join('');
  const dmp = new DiffMatchPatch();
  const diffs = dmp.diff_main(encode(before), encode(after), false);
  dmp.diff_cleanupSemantic(diffs);
  const parts: DiffPart[] = [];
  for (const [operation, codes] of diffs) {
    const text = [...codes].map((code) => tokens[code.charCodeAt(0) - 1] ?? '').join('');
    const kind = operation === 0 ? 'equal' : operation < 0 ? 'deleted' : 'inserted';
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  }
  return parts;
}
