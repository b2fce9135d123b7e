import { contextAround } from '../../shared/anchoring';
import type { LexicalStateJson } from '../../shared/model';
import { marksIn } from '../lexical/marks';
import type { HandlerContext } from './context';

/**
 * After every save: each annotation whose mark is in the body records the text it marks now
 * (quote, prefix, suffix); one whose mark is gone becomes orphaned, keeping its last quote so
 * that it can be re-anchored. Nothing is ever deleted here.
 */
export function syncAnchors(ctx: HandlerContext, storyId: number, body: LexicalStateJson): void {
  const annotations = ctx.annotations.listForStory(storyId);
  if (annotations.length === 0) return;
  const { text, marks } = marksIn(body);
  for (const annotation of annotations) {
    const range = marks.get(annotation.id);
    ctx.annotations.anchor(
      annotation.id,
      range ? contextAround(text, range.start, range.end) : null,
    );
  }
}
