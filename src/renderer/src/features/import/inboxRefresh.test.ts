import { describe, expect, it, vi } from 'vitest';
import type { ImportProgress } from './importJob';
import { refreshWhileImporting } from './inboxRefresh';

const progress = (done: number): ImportProgress => ({
  total: 3000,
  done,
  current: null,
  errors: 0,
  collecting: false,
  cancelling: false,
});

describe('the inbox during a long import', () => {
  it('refreshes when files have landed, at most every few seconds', () => {
    let clock = 0;
    const refresh = vi.fn();
    const onProgress = refreshWhileImporting(refresh, 3000, () => clock);
    onProgress(progress(0)); // nothing answered yet
    expect(refresh).not.toHaveBeenCalled();
    onProgress(progress(250));
    expect(refresh).toHaveBeenCalledTimes(1);
    clock = 1000;
    onProgress(progress(500));
    expect(refresh).toHaveBeenCalledTimes(1);
    clock = 3500;
    onProgress(progress(500)); // the same count again: no new stories
    expect(refresh).toHaveBeenCalledTimes(1);
    onProgress(progress(750));
    expect(refresh).toHaveBeenCalledTimes(2);
  });
});
