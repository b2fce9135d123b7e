import { describe, expect, it } from 'vitest';
import { chosenInList, toggleChosen } from './chosen';

describe('chosen revisions', () => {
  it('keeps the chosen revisions that are still listed', () => {
    expect(chosenInList([3, 5], [5, 4, 3, 1])).toEqual([3, 5]);
  });

  it('moves a chosen newest revision onto the one a save folded it into', () => {
    // The editor saved: its revision 5 was replaced by 6.
    expect(chosenInList([3, 5], [6, 4, 3, 1])).toEqual([3, 6]);
    expect(chosenInList([5, 6], [6, 4, 3, 1])).toEqual([6]);
  });

  it('lets go of a moved revision as of the one it became', () => {
    const shown = chosenInList([3, 5], [6, 4, 3, 1]);
    expect(toggleChosen(shown, 6, false)).toEqual([3]);
    expect(toggleChosen(shown, 4, true)).toEqual([6, 4]);
  });

  it('leaves the choice alone while the list is not there', () => {
    expect(chosenInList([3, 5], [])).toEqual([3, 5]);
  });
});
