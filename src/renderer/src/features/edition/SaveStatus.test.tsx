// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import i18n, { initI18n } from '@renderer/i18n';
import { SaveStatus } from './SaveStatus';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

async function status(language: 'bg' | 'en'): Promise<HTMLElement> {
  await initI18n(language);
  await i18n.changeLanguage(language);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <SaveStatus
        state={{ status: 'error', code: 'store_error', message: 'database is locked' }}
      />,
    );
  });
  return host.querySelector<HTMLElement>('[data-testid="edition-save-status"]')!;
}

describe('the edition’s save status', () => {
  it('says a failed save in Bulgarian, main’s English words in the tooltip', async () => {
    const shown = await status('bg');
    const text = i18n.t('edition.save.error', { message: i18n.t('errors.messages.store_error') });
    expect(shown.textContent).toBe(text);
    expect(shown.textContent).not.toContain('database is locked');
    expect(shown.title).toBe(`${text}\n${i18n.t('errors.detailLabel')}: database is locked`);
  });

  it('shows main’s own words in an English interface', async () => {
    const shown = await status('en');
    expect(shown.textContent).toBe('Not saved: database is locked');
    expect(shown.title).toBe('Not saved: database is locked');
  });
});
