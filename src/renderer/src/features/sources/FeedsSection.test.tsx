// @vitest-environment happy-dom
import { act } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { FeedSubscription } from '@shared/model';
import { call } from '@renderer/api/client';
import { ErrorsContext } from '@renderer/app/errors/ErrorsContext';
import { inLanguage, render } from '@renderer/test/render';
import { FeedsSection } from './FeedsSection';

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
vi.mock('@renderer/api/events', () => ({ listenToMain: () => () => undefined }));
const callMock = vi.mocked(call);

const feed = (id: number): FeedSubscription => ({
  id,
  url: `https://feeds.example/${id}.rss`,
  title: `Емисия ${id}`,
  intervalMinutes: 15,
  lastCheckedAt: null,
  nextCheckAt: '2026-03-14T08:00:00Z',
  failures: 0,
  lastError: null,
  lastErrorReason: null,
  lastImported: 0,
});

describe('the feeds in Sources', () => {
  it('keep a feed’s check under way while another feed is removed', async () => {
    const slow = feed(1);
    const other = feed(2);
    callMock.mockImplementation(((name: string) => {
      if (name === 'feeds.list') return Promise.resolve([slow, other]);
      if (name === 'feeds.poll') return new Promise(() => undefined); // a slow server
      if (name === 'feeds.remove') return Promise.resolve([slow]);
      return Promise.reject(new Error(`unexpected ${name}`));
    }) as unknown as typeof call);
    await inLanguage('en');
    const host = await render(
      <ErrorsContext.Provider value={{ report: () => undefined, setAlertHost: () => undefined }}>
        <FeedsSection onStoriesChanged={() => undefined} onOpen={() => undefined} />
      </ErrorsContext.Provider>,
    );
    const row = (id: number) => host.querySelector(`[data-feed-id="${id}"]`)!;
    const button = (id: number, testId: string) =>
      row(id).querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!;
    await act(async () => button(1, 'feed-check').click());
    await act(async () => button(2, 'feed-remove').click());
    expect(host.querySelector('[data-feed-id="2"]')).toBeNull();
    expect(button(1, 'feed-check').disabled).toBe(true);
    expect(button(1, 'feed-check').textContent).toBe('Checking…');
    // Its next check, a time now past or about to be, is not said while it is being checked.
    expect(row(1).textContent).toContain('checking now');
    expect(row(1).textContent).not.toContain('next check');
    expect(callMock.mock.calls.filter(([name]) => name === 'feeds.poll')).toHaveLength(1);
  });
});
