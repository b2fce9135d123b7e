import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach } from 'vitest';
import i18n, { initI18n } from '@renderer/i18n';
import type { UiLanguage } from '@shared/model';

/* Rendering a component in a test: into the page, in a language, unmounted after each test. */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const mounted: { root: Root; host: HTMLElement }[] = [];
let initialised = false;

// Registered on the test file that imports this: every test starts with an empty page.
afterEach(() => unmountAll());

/** The interface in `language`, as the window starts in it or switches to it. */
export async function inLanguage(language: UiLanguage): Promise<void> {
  if (!initialised) {
    initialised = true;
    await initI18n(language);
  }
  await act(async () => {
    await i18n.changeLanguage(language);
  });
}

/** Renders `element` into an element of its own on the page; answers that element. */
export async function render(element: ReactNode): Promise<HTMLElement> {
  const host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  mounted.push({ root, host });
  await act(async () => root.render(element));
  return host;
}

/** Everything rendered so far taken off the page (after each test, or within one). */
export function unmountAll(): void {
  for (const { root, host } of mounted.splice(0)) {
    act(() => root.unmount());
    host.remove();
  }
  document.body.innerHTML = '';
}
