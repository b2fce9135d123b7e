import { describe, expect, it } from 'vitest';
import { mostSevere } from './status';

describe('mostSevere', () => {
  it('colours overlapping annotations by the worst status', () => {
    expect(mostSevere(['verified', 'disputed', 'unverified'])).toBe('disputed');
    expect(mostSevere(['needs-source', 'false'])).toBe('false');
    expect(mostSevere(['verified', 'needs-source'])).toBe('needs-source');
    expect(mostSevere([])).toBeNull();
  });
});
