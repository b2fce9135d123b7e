/**
 * The revisions chosen for comparing, as the list now stands. An editor's save may fold into
 * the newest revision (the store replaces it with a new number, see stories-repo), so a chosen
 * number that left the list was the newest one, and means the newest still.
 */
export function chosenInList(chosen: readonly number[], numbers: readonly number[]): number[] {
  const newest = numbers.length > 0 ? Math.max(...numbers) : null;
  if (newest === null) return [...chosen];
  const present = new Set(numbers);
  return [...new Set(chosen.map((number) => (present.has(number) ? number : newest)))];
}

/** Chooses or lets go of one revision; two at most, choosing a third lets go of the first. */
export function toggleChosen(chosen: readonly number[], number: number, on: boolean): number[] {
  const others = chosen.filter((n) => n !== number);
  return on ? [...others, number].slice(-2) : others;
}
