// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model';
import { AnnotationNotes } from './AnnotationNotes';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const annotation = (id: string): Annotation => ({
  id,
  storyId: 1,
  type: 'claim',
  status: 'unverified',
  speaker: null,
  sourceName: null,
  sourceUrl: null,
  quote: 'дефицитът ще остане под 3%',
  prefix: '',
  suffix: '',
  orphaned: false,
  notes: [],
  createdBy: null,
  createdAt: '2026-11-26T08:00:00Z',
  updatedBy: null,
  updatedAt: '2026-11-26T08:00:00Z',
});

let root: Root | null = null;
let host: HTMLElement | null = null;
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  sessionStorage.clear();
});

function show(record: Annotation, onAdd = async () => true): HTMLTextAreaElement {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root!.render(<AnnotationNotes annotation={record} onAdd={onAdd} />));
  return host.querySelector('textarea')!;
}

function type(field: HTMLTextAreaElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('a note being written on an annotation', () => {
  it('is still there after the story is switched away from and back, or the page reloaded', () => {
    type(show(annotation('a1')), 'Проверих в НСИ: 2,9%.');
    act(() => root!.unmount());
    host!.remove();
    // Another annotation has its own field.
    expect(show(annotation('a2')).value).toBe('');
    act(() => root!.unmount());
    host!.remove();
    expect(show(annotation('a1')).value).toBe('Проверих в НСИ: 2,9%.');
  });

  it('is let go once added', async () => {
    const field = show(annotation('a1'));
    type(field, 'Потвърдено.');
    await act(async () => {
      host!.querySelector<HTMLButtonElement>('[data-testid="annotation-note-add"]')!.click();
    });
    expect(field.value).toBe('');
    act(() => root!.unmount());
    host!.remove();
    expect(show(annotation('a1')).value).toBe('');
  });
});
