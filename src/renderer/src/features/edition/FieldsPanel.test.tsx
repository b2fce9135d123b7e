// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Digest } from '@shared/model';
import { inLanguage, render } from '@renderer/test/render';
import { testDigest } from './test/digestItem';
import { FieldsPanel } from './FieldsPanel';
import type { FieldsPatch } from './useFieldsSaver';

// The intro's rich-text editor and the zone picker play no part in the counters.
vi.mock('./IntroEditor', () => ({ IntroEditor: () => null }));
vi.mock('@renderer/app/fields/TimeZoneField', () => ({ TimeZoneField: () => null }));

const digest = (subject: string, preheader: string, title?: string): Digest =>
  testDigest({ subject, preheader, ...(title !== undefined && { title }) });

async function show(
  subject: string,
  preheader: string,
  { title, onChange = () => {} }: { title?: string; onChange?: (patch: FieldsPatch) => void } = {},
): Promise<HTMLElement> {
  await inLanguage('en');
  return render(
    <FieldsPanel
      digest={digest(subject, preheader, title)}
      unsaved={new Set()}
      onChange={onChange}
      onLeave={() => {}}
    />,
  );
}

function type(field: HTMLInputElement, text: string): void {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  act(() => {
    setter.call(field, text);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const field = (host: HTMLElement, testId: string) =>
  host.querySelector<HTMLInputElement>(`[data-testid="${testId}"]`)!;

describe('FieldsPanel subject line', () => {
  it('follows the title while it is the title, and stays once written apart', async () => {
    const patches: FieldsPatch[] = [];
    const host = await show('Издание от 29 ноември 2026 г.', '', {
      title: 'Издание от 29 ноември 2026 г.',
      onChange: (patch) => patches.push(patch),
    });
    type(field(host, 'edition-title'), 'Неделен бюлетин');
    expect(field(host, 'edition-subject').value).toBe('Неделен бюлетин');
    expect(patches.at(-1)).toEqual({ title: 'Неделен бюлетин', subject: 'Неделен бюлетин' });

    type(field(host, 'edition-subject'), 'Най-важното от седмицата');
    type(field(host, 'edition-title'), 'Неделно издание');
    expect(field(host, 'edition-subject').value).toBe('Най-важното от седмицата');
    expect(patches.at(-1)).toEqual({ title: 'Неделно издание' });
  });
});

describe('FieldsPanel counters', () => {
  it('count the subject and preheader as sent and as the checks do: trimmed, as seen', async () => {
    // Nine characters on screen: eleven code points, thirteen with the spaces around them.
    // Main's subject-length finding says 9 for the same subject (checks.test.ts).
    const host = await show('  Здрасти👍🏽👍🏽  ', ' 🇧🇬 и\u0306 ');
    expect(host.querySelector('[data-testid="edition-subject-count"]')?.textContent).toBe(
      '9 characters',
    );
    expect(
      host.querySelector('[data-testid="edition-subject-hint"]')?.getAttribute('data-fit'),
    ).toBe('short');
    const counters = [...host.querySelectorAll('.field__counter')].map((el) => el.textContent);
    expect(counters[1]).toBe('3 characters');
  });
});
