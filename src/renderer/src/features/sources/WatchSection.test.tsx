// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EventMessage } from '@shared/events';
import type { WatchFolderState } from '@shared/model';
import i18n, { initI18n } from '@renderer/i18n';
import { WatchSection } from './WatchSection';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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

let root: Root | null = null;
let host: HTMLElement | null = null;
beforeAll(async () => {
  await initI18n('en');
});
afterEach(() => {
  act(() => root?.unmount());
  host?.remove();
  listeners.clear();
});

async function show(): Promise<HTMLElement> {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => root!.render(<WatchSection />));
  return host;
}

describe('the watched folder in the Sources pane', () => {
  it('names a file the watch may not read, in full, and why, in the interface’s language', async () => {
    answer = watching(unreadable);
    for (const language of ['en', 'bg']) {
      await act(async () => {
        await i18n.changeLanguage(language);
      });
      const section = await show();
      const list = section.querySelector('[data-testid="watch-unreadable"]')!;
      expect(list.querySelector('li .watch-failures__file')!.textContent).toBe(secret);
      expect(list.textContent).toContain(i18n.t('import.failure.permission'));
      expect(list.textContent).toContain(i18n.t('watch.unreadable', { count: 1 }));
      expect(list.textContent).toContain(i18n.t('watch.untilReadable'));
      act(() => root!.unmount());
      host!.remove();
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
    await act(async () => {
      await i18n.changeLanguage('bg');
    });
    const list = (await show()).querySelector('[data-testid="watch-unreadable"]')!;
    expect(list.querySelector('li .watch-failures__file')!.textContent).toBe(deep);
    expect(list.textContent).toContain('на повече от 3 нива навътре');
    expect(list.textContent).toContain('преместете ги по-горе');
    expect(list.textContent).not.toContain(i18n.t('watch.untilReadable'));
    await act(async () => {
      await i18n.changeLanguage('en');
    });
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
