import { describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model';
import { planReanchoring, type OrphanState } from './reanchor';

function orphan(id: string, quote: string, prefix = '', suffix = ''): Annotation {
  return {
    id,
    storyId: 1,
    type: 'quote',
    status: 'unverified',
    speaker: null,
    sourceName: null,
    sourceUrl: null,
    quote,
    prefix,
    suffix,
    orphaned: true,
    notes: [],
    createdBy: null,
    createdAt: '',
    updatedBy: null,
    updatedAt: '',
  };
}

const none = new Map<string, OrphanState>();

describe('planReanchoring', () => {
  const a = orphan('a', 'много обширен', 'ред на преговорите е ', '", отбеляза');

  it('anchors a quote that reappears after it was deleted', () => {
    const deleted = planReanchoring('Дневният ред.', [a], none, false);
    expect(deleted.wrap).toEqual([]);
    expect(deleted.states.get('a')).toBe('waiting');
    const text = 'Дневният ред на преговорите е много обширен", отбеляза той.';
    const typed = planReanchoring(text, [a], deleted.states, false);
    expect(typed.wrap).toEqual([{ id: 'a', start: text.indexOf('много'), end: text.indexOf('"') }]);
  });

  it('does not anchor again a mark that was undone while its text stayed', () => {
    const plan = planReanchoring('е много обширен", отбеляза', [a], none, false);
    expect(plan.wrap).toEqual([]);
    expect(plan.states.get('a')).toBe('blocked');
    expect(planReanchoring('е много обширен", отбеляза', [a], plan.states, false).wrap).toEqual([]);
  });

  it('anchors every orphan whose quote is in the text when the story opens', () => {
    expect(planReanchoring('така е много обширен', [a], none, true).wrap).toHaveLength(1);
  });

  it('takes only the exact quote, not a near one', () => {
    const plan = planReanchoring('много обширна', [a], new Map([['a', 'waiting']]), false);
    expect(plan.wrap).toEqual([]);
  });
});
