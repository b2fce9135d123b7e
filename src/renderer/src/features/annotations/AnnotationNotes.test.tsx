// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Annotation } from '@shared/model';
import { render, unmountAll } from '@renderer/test/render';
import { AnnotationNotes } from './AnnotationNotes';

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

afterEach(() => sessionStorage.clear());

async function show(record: Annotation, onAdd = async () => true): Promise<HTMLTextAreaElement> {
  const host = await render(<AnnotationNotes annotation={record} onAdd={onAdd} />);
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
  it('is still there after the story is switched away from and back, or the page reloaded', async () => {
    type(await show(annotation('a1')), 'Проверих в НСИ: 2,9%.');
    unmountAll();
    // Another annotation has its own field.
    expect((await show(annotation('a2'))).value).toBe('');
    unmountAll();
    expect((await show(annotation('a1'))).value).toBe('Проверих в НСИ: 2,9%.');
  });

  it('is let go once added', async () => {
    const field = await show(annotation('a1'));
    type(field, 'Потвърдено.');
    await act(async () => {
      document.querySelector<HTMLButtonElement>('[data-testid="annotation-note-add"]')!.click();
    });
    expect(field.value).toBe('');
    unmountAll();
    expect((await show(annotation('a1'))).value).toBe('');
  });
});
