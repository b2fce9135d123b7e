// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { call } from '@renderer/api/client';
import { ErrorsContext } from '@renderer/app/errors/ErrorsContext';
import i18n, { initI18n } from '@renderer/i18n';
import { BackupsDialog } from './BackupsDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

let root: Root | null = null;

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  callMock.mockReset();
});

async function failedList(language: 'bg' | 'en'): Promise<HTMLElement> {
  callMock.mockRejectedValue(new AppError('store_error', 'EACCES: permission denied, scandir'));
  await initI18n(language);
  await i18n.changeLanguage(language);
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(
      <ErrorsContext.Provider value={{ report: () => undefined, setAlertHost: () => undefined }}>
        <BackupsDialog onClose={() => undefined} />
      </ErrorsContext.Provider>,
    );
  });
  return host.querySelector<HTMLElement>('[data-testid="backups-failed"] p')!;
}

describe('the backups, when main cannot list them', () => {
  it('says so in Bulgarian, main’s English words kept as the detail', async () => {
    const failed = await failedList('bg');
    expect(failed.textContent).toContain(i18n.t('errors.messages.store_error'));
    expect(failed.querySelector('.error-detail')!.textContent).toBe(
      'EACCES: permission denied, scandir',
    );
  });

  it('shows main’s own words in an English interface', async () => {
    const failed = await failedList('en');
    expect(failed.textContent).toBe('EACCES: permission denied, scandir');
  });
});
