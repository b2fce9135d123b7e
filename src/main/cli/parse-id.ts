/** Parses a positive integer argument, naming the argument when it is not one. */
export function parseId(value: string | undefined, what: string): number {
  if (value === undefined) throw new Error(`missing ${what}`);
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new Error(`${what} must be a positive whole number, not "${value}"`);
  return parsed;
}
