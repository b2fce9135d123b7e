/** Everything the CLI prints goes through here: JSON for scripts, lines for people. */
export interface Output {
  json: boolean;
  data(value: unknown, human: () => string): void;
  info(line: string): void;
}

export function createOutput(json: boolean): Output {
  return {
    json,
    data(value, human) {
      process.stdout.write(json ? `${JSON.stringify(value, null, 2)}\n` : `${human()}\n`);
    },
    info(line) {
      // Progress and notes go to stderr so that stdout stays parseable.
      process.stderr.write(`${line}\n`);
    },
  };
}
