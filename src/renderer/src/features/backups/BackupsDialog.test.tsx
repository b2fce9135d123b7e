// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { call } from '@renderer/api/client';
import { ErrorsContext } from '@renderer/app/errors/ErrorsContext';
import i18n from '@renderer/i18n';
import { inLanguage, render } from '@renderer/test/render';
import { BackupsDialog } from './BackupsDialog';

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

afterEach(() => callMock.mockReset());

async function failedList(language: 'bg' | 'en'): Promise<HTMLElement> {
  callMock.mockRejectedValue(new AppError('store_error', 'EACCES: permission denied, scandir'));
  await inLanguage(language);
  const host = await render(
    <ErrorsContext.Provider value={{ report: () => undefined, setAlertHost: () => undefined }}>
      <BackupsDialog onClose={() => undefined} />
    </ErrorsContext.Provider>,
  );
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
