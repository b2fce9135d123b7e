import { describe, expect, it } from 'vitest';
import { menuItemFor } from './menuKeys';

describe('menuItemFor', () => {
  const items = ['Quote', 'Claim', 'Note'];

  it('moves down and up round the ends, and to the first and last with Home and End', () => {
    expect(menuItemFor(items, 'Quote', 'ArrowDown')).toBe('Claim');
    expect(menuItemFor(items, 'Note', 'ArrowDown')).toBe('Quote');
    expect(menuItemFor(items, 'Quote', 'ArrowUp')).toBe('Note');
    expect(menuItemFor(items, 'Claim', 'End')).toBe('Note');
    expect(menuItemFor(items, 'Note', 'Home')).toBe('Quote');
  });

  it('starts from outside the items (focus still on the menu) and ignores other keys', () => {
    expect(menuItemFor(items, null, 'ArrowDown')).toBe('Quote');
    expect(menuItemFor(items, null, 'ArrowUp')).toBe('Note');
    expect(menuItemFor(items, 'Quote', 'Enter')).toBeNull();
    expect(menuItemFor([], null, 'End')).toBeNull();
  });
});
