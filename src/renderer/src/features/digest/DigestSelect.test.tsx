// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { inLanguage, render } from '@renderer/test/render';
import { formatDay } from '@renderer/features/stories/dates';
import { DigestSelect } from './DigestSelect';

vi.mock('./DigestContext', () => ({
  useDigests: () => ({
    summaries: [
      {
        id: 1,
        date: '2026-11-28',
        title: 'Сутрешен бюлетин',
        itemCount: 3,
        createdAt: '2026-11-27T18:00:00Z',
        updatedAt: '2026-11-27T18:00:00Z',
      },
    ],
    currentId: 1,
    choose: () => undefined,
  }),
}));

describe('the digest pane’s edition list', () => {
  it('writes the edition’s date as the board’s list does, in the interface’s language', async () => {
    await inLanguage('bg');
    const host = await render(<DigestSelect />);
    const option = host.querySelector('option[value="1"]')!;
    expect(option.textContent).toBe(
      `${formatDay('2026-11-28', 'bg')} — Сутрешен бюлетин (3 материала)`,
    );
    expect(option.textContent).not.toContain('2026-11-28');
  });
});
