import { describe, expect, it } from 'vitest';
import { formatHash, parseHash } from './route';

describe('route hash', () => {
  it('reads story and digest in either order', () => {
    expect(parseHash('#/story/3/digest/2')).toEqual({ storyId: 3, digestId: 2 });
    expect(parseHash('#/digest/2/story/3')).toEqual({ storyId: 3, digestId: 2 });
    expect(parseHash('#/story/12')).toEqual({ storyId: 12, digestId: null });
  });

  it('ignores what is not a positive id', () => {
    expect(parseHash('')).toEqual({ storyId: null, digestId: null });
    expect(parseHash('#/story/0/digest/x')).toEqual({ storyId: null, digestId: null });
    expect(parseHash('#/story/-1')).toEqual({ storyId: null, digestId: null });
    expect(parseHash('#/other/5')).toEqual({ storyId: null, digestId: null });
  });

  it('reads the edition board view', () => {
    expect(parseHash('#/digest/2/view/board')).toEqual({
      storyId: null,
      digestId: 2,
      view: 'board',
    });
    expect(parseHash('#/view/other').view).toBeUndefined();
  });

  it('round-trips', () => {
    for (const route of [
      { storyId: null, digestId: 2, view: 'board' as const },
      { storyId: 3, digestId: 2 },
      { storyId: null, digestId: 7 },
      { storyId: null, digestId: null },
    ]) {
      expect(parseHash(formatHash(route))).toEqual(route);
    }
  });
});
