/**
 * The menu item a key moves to, as menus do (WAI-ARIA's menu pattern): ↓ and ↑ to the next
 * and previous, round the ends; Home and End to the first and last. Null for any other key.
 */
export function menuItemFor<T>(items: readonly T[], current: T | null, key: string): T | null {
  if (items.length === 0) return null;
  const at = current === null ? -1 : items.indexOf(current);
  switch (key) {
    case 'ArrowDown':
      return items[(at + 1) % items.length]!;
    case 'ArrowUp':
      return items[at <= 0 ? items.length - 1 : at - 1]!;
    case 'Home':
      return items[0]!;
    case 'End':
      return items[items.length - 1]!;
    default:
      return null;
  }
}
