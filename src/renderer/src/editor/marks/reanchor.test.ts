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

  it('on opening, anchors an orphan whose quote stands in the text among its own words', () => {
    const text = 'Дневният ред на преговорите е много обширен", отбеляза той.';
    expect(planReanchoring(text, [a], none, true).wrap).toEqual([
      { id: 'a', start: text.indexOf('много'), end: text.indexOf('"') },
    ]);
  });

  it('on opening, leaves orphaned a quote whose words stand only in another sentence', () => {
    // Its sentence was deleted before the story was closed; the same words elsewhere are not it.
    const text = 'Министърът каза, че списъкът е много обширен и труден за изпълнение.';
    const plan = planReanchoring(text, [a], none, true);
    expect(plan.wrap).toEqual([]);
    expect(plan.states.get('a')).toBe('blocked');
  });

  it('on opening, anchors an orphan with no surroundings saved wherever its quote stands', () => {
    const bare = orphan('bare', 'много обширен');
    expect(planReanchoring('така е много обширен', [bare], none, true).wrap).toHaveLength(1);
  });

  const b = orphan('b', 'Министерството оспорва данните на института', 'Според съобщението ', '.');

  it('anchors a near-identical quote that reappears (a word retyped differently)', () => {
    const text = 'Според съобщението Министерството оспори данните на института.';
    const plan = planReanchoring(text, [b], new Map([['b', 'waiting']]), false);
    expect(plan.wrap).toHaveLength(1);
    const [range] = plan.wrap;
    expect(text.slice(range!.start, range!.end)).toMatch(
      /^Министерството оспори данните на институт/,
    );
  });

  it('does not move a claim onto a different number', () => {
    const claim = orphan('c', 'ръст от 3,1% за годината', 'Институтът очаква ', '.');
    for (const text of ['Институтът очаква ръст от 3,7% за годината.', 'ръст от 2,1% за годината'])
      expect(planReanchoring(text, [claim], new Map([['c', 'waiting']]), false).wrap).toEqual([]);
  });

  it('does not anchor a quote typed back only in part (the typing paused)', () => {
    const text = 'Според съобщението Министерството оспорва данните на инсти';
    expect(planReanchoring(text, [b], new Map([['b', 'waiting']]), false).wrap).toEqual([]);
  });

  it('does not anchor a sentence that is merely like the quote', () => {
    const text = 'Според съобщението министерството не коментира данните.';
    expect(planReanchoring(text, [b], new Map([['b', 'waiting']]), false).wrap).toEqual([]);
  });
});
