/**
 * Refuses an argument past the `most` a command (or sub-command) takes, by name: `show 1 2`
 * showed story 1 and `feeds remove 3 4` removed only 3, and a script believed both were read.
 * `name` is what the words say ("show", "digest show"); `help` the command to ask about.
 */
export function assertMostArguments(
  name: string,
  args: readonly string[],
  most: number,
  help = name.split(' ')[0]!,
): void {
  if (args.length <= most) return;
  const takes =
    most === 0
      ? 'takes no argument'
      : most === 1
        ? 'takes one argument'
        : `takes ${most} arguments`;
  throw new Error(`${name} ${takes}; "${args[most]}" is one too many; run "edition help ${help}"`);
}
