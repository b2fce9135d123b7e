import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ArrivalNotice } from '../../shared/events';
import { ArrivalNotices } from './arrival-notices';

const story = (id: number, urgency: number | null = 5) => ({
  id,
  headline: `Новина ${id}`,
  urgency,
});

describe('arrival notices', () => {
  let sent: ArrivalNotice[];
  let notices: ArrivalNotices;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    notices = new ArrivalNotices((notice) => sent.push(notice), {
      batchMs: 60_000,
      urgentGapMs: 10_000,
    });
  });
  afterEach(() => {
    notices.stop();
    vi.useRealTimers();
  });

  it('announces the first arrival at once and gathers the rest of the minute into one notice', () => {
    notices.record([story(1)]);
    expect(sent).toEqual([{ count: 1, urgent: 0, headline: 'Новина 1', storyId: 1 }]);
    notices.record([story(2), story(3)]);
    vi.advanceTimersByTime(30_000);
    notices.record([story(4)]);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(30_000);
    expect(sent[1]).toEqual({ count: 3, urgent: 0, headline: 'Новина 2', storyId: 2 });
    vi.advanceTimersByTime(120_000);
    expect(sent).toHaveLength(2);
  });

  it('sends a flash at once, naming it, but no more than one urgent notice per gap', () => {
    notices.record([story(1)]);
    notices.record([story(2), story(3, 1)]);
    expect(sent[1]).toEqual({ count: 2, urgent: 1, headline: 'Новина 3', storyId: 3 });
    vi.advanceTimersByTime(2_000);
    notices.record([story(4, 2)]);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(60_000);
    expect(sent[2]).toMatchObject({ count: 1, urgent: 1, storyId: 4 });
  });

  it('sends a rate-limited flash when the urgent gap ends, not at the next batch', () => {
    notices.record([story(1, 1)]);
    vi.advanceTimersByTime(2_000);
    notices.record([story(2, 1)]);
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(8_000); // the 10 s gap since the first flash is over
    expect(sent[1]).toMatchObject({ count: 1, urgent: 1, storyId: 2 });
  });

  it('stays quiet when nothing arrived', () => {
    notices.record([]);
    vi.advanceTimersByTime(120_000);
    expect(sent).toEqual([]);
  });
});
