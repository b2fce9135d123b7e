// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { EventMessage } from '@shared/events';
import type { WatchFolderState } from '@shared/model';
import i18n from '@renderer/i18n';
import { inLanguage, render, unmountAll } from '@renderer/test/render';
import { WatchSection } from './WatchSection';

const secret = '/srv/wire-drop/secret.xml';

/** What main answers to `watch.get`: a file the watch may not read, until it is gone. */
let answer: WatchFolderState;
const watching = (unreadable: WatchFolderState['unreadable']): WatchFolderState => ({
  folder: '/srv/wire-drop',
  active: true,
  error: null,
  errorReason: null,
  failedFiles: 0,
  recentFailures: [],
  unreadable,
});
const unreadable = [
  {
    file: secret,
    error: 'cannot be read: permission denied (left in the folder until it can be)',
    reason: { key: 'permission' as const },
  },
];

vi.mock('@renderer/api/client', () => ({
  call: vi.fn((name: string) =>
    name === 'watch.get'
      ? Promise.resolve(answer)
      : Promise.reject(new Error(`unexpected request ${name}`)),
  ),
}));

/** The pushes from main the section listens to. */
const listeners = new Set<(message: EventMessage) => void>();
vi.mock('@renderer/api/events', () => ({
  listenToMain: (listener: (message: EventMessage) => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
}));

afterEach(() => listeners.clear());

async function show(language: 'bg' | 'en' = 'en'): Promise<HTMLElement> {
  await inLanguage(language);
  return render(<WatchSection />);
}

describe('the watched folder in the Sources pane', () => {
  it('names a file the watch may not read, in full, and why, in the interface’s language', async () => {
    answer = watching(unreadable);
    for (const language of ['en', 'bg'] as const) {
      const section = await show(language);
      const list = section.querySelector('[data-testid="watch-unreadable"]')!;
      expect(list.querySelector('li .watch-failures__file')!.textContent).toBe(secret);
      expect(list.textContent).toContain(i18n.t('import.failure.permission'));
      expect(list.textContent).toContain(i18n.t('watch.unreadable', { count: 1 }));
      expect(list.textContent).toContain(i18n.t('watch.untilReadable'));
      unmountAll();
    }
  });

  it('names a folder dropped in too deep to be read, and says what to do, in Bulgarian too', async () => {
    const deep = '/srv/wire-drop/a/b/c/d';
    answer = watching([
      {
        file: deep,
        error: 'more than 3 folders down: its files are not read (move them up)',
        reason: { key: 'folderTooDeep', values: { depth: 3 } },
      },
    ]);
    const list = (await show('bg')).querySelector('[data-testid="watch-unreadable"]')!;
    expect(list.querySelector('li .watch-failures__file')!.textContent).toBe(deep);
    expect(list.textContent).toContain('на повече от 3 нива навътре');
    expect(list.textContent).toContain('преместете ги по-горе');
    expect(list.textContent).not.toContain(i18n.t('watch.untilReadable'));
  });

  it('no longer names it once main says the watch changed (the file was removed by hand)', async () => {
    answer = watching(unreadable);
    const section = await show();
    expect(section.querySelector('[data-testid="watch-unreadable"]')).not.toBeNull();
    answer = watching([]);
    await act(async () => {
      for (const listener of listeners) listener({ name: 'watch.changed', payload: {} });
    });
    expect(section.querySelector('[data-testid="watch-unreadable"]')).toBeNull();
    expect(section.querySelector('[data-testid="watch-status"]')!.textContent).toContain(
      '/srv/wire-drop',
    );
  });
});
