// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '@shared/editor-nodes';
import { editorPreparation, sampleBody } from './prepareEditor';

function typesIn(
  node: { type: string; children?: unknown[] },
  into = new Set<string>(),
): Set<string> {
  into.add(node.type);
  for (const child of (node.children ?? []) as { type: string; children?: unknown[] }[])
    typesIn(child, into);
  return into;
}

describe('prepareEditor', () => {
  it('opens a sample holding every kind of node a story body may hold', () => {
    const types = typesIn((JSON.parse(sampleBody()) as { root: { type: string } }).root);
    for (const klass of EDITOR_NODES) expect(types).toContain(klass.getType());
    expect(types).toContain('paragraph');
    expect(types).toContain('text');
  });

  it('runs each step without an error from Lexical, and says when it is done', () => {
    const errors: Error[] = [];
    for (const step of editorPreparation((error) => errors.push(error)).steps) step();
    expect(errors).toEqual([]);
    expect(performance.getEntriesByName('edition:editor-prepared')).toHaveLength(1);
  });
});
