import type { Command } from './CommandsContext';

/**
 * The palette's matching: every word typed must start a word of the label or group (so "imp
 * fol" finds "Import folder…"), case- and ё/е-insensitive; the order of registration is kept.
 * A word holding punctuation, such as a date, is matched as typed anywhere in the text. A
 * command's keywords count as its label does.
 */
export function filterCommands(commands: readonly Command[], query: string): Command[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((command) => {
    const text = fold(`${command.label} ${command.group} ${command.keywords ?? ''}`);
    const tokens = text.split(/[^\p{L}\p{N}]+/u);
    // A word with punctuation in it (a date, "24-часа") is looked for as it was typed.
    return words.every((word) =>
      /^[\p{L}\p{N}]+$/u.test(word)
        ? tokens.some((token) => token.startsWith(word))
        : text.includes(word),
    );
  });
}

function fold(text: string): string {
  return text.toLocaleLowerCase().replace(/ё/g, 'е');
}
