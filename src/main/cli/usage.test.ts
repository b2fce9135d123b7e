import { describe, expect, it } from 'vitest';
import { COMMAND_NAMES } from './main';
import { USAGE, usageOf } from './usage';

describe('the usage text', () => {
  it('explains every command the command line runs, and no other', () => {
    const explained = new Set(
      USAGE.split('\n')
        .filter((line) => /^ {2}[a-z]/.test(line))
        .map((line) => line.trim().split(/\s+/)[0]),
    );
    expect([...explained].sort()).toEqual([...COMMAND_NAMES].sort());
    for (const command of COMMAND_NAMES) expect(usageOf(command)).not.toBeNull();
  });
});
