/**
 * Editions that the menu would show alike: the same date and title (a second edition of the day
 * left untitled, or copied). Those say when each was made, so the editor picks the right one.
 */
export function editionTwins(editions: { id: number; date: string; title: string }[]): Set<number> {
  const byLabel = new Map<string, number[]>();
  for (const edition of editions) {
    const label = `${edition.date}\u0000${edition.title.trim().toLowerCase()}`;
    byLabel.set(label, [...(byLabel.get(label) ?? []), edition.id]);
  }
  return new Set([...byLabel.values()].filter((ids) => ids.length > 1).flat());
}
