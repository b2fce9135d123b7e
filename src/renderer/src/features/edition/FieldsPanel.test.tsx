// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Digest } from '@shared/model';
import { inLanguage, render } from '@renderer/test/render';
import { testDigest } from './test/digestItem';
import { FieldsPanel } from './FieldsPanel';

// The intro's rich-text editor and the zone picker play no part in the counters.
vi.mock('./IntroEditor', () => ({ IntroEditor: () => null }));
vi.mock('@renderer/app/fields/TimeZoneField', () => ({ TimeZoneField: () => null }));

const digest = (subject: string, preheader: string): Digest => testDigest({ subject, preheader });

async function show(subject: string, preheader: string): Promise<HTMLElement> {
  await inLanguage('en');
  return render(
    <FieldsPanel
      digest={digest(subject, preheader)}
      unsaved={new Set()}
      onChange={() => {}}
      onLeave={() => {}}
    />,
  );
}

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
