// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { call } from '@renderer/api/client';
import i18n, { initI18n } from '@renderer/i18n';
import { PreviewDialog } from './PreviewDialog';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

let root: Root | null = null;

beforeAll(async () => {
  await initI18n('bg');
});

afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  callMock.mockReset();
});

async function failedPreview(error: AppError): Promise<HTMLElement> {
  callMock.mockRejectedValue(error);
  await i18n.changeLanguage('bg');
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  await act(async () => {
    root!.render(<PreviewDialog digestId={7} revision={1} onClose={() => undefined} />);
  });
  return host.querySelector<HTMLElement>('[data-testid="preview-failed"]')!;
}

describe('the preview, when main cannot make it', () => {
  it('says so in Bulgarian, main’s English words kept as the detail', async () => {
    const failed = await failedPreview(new AppError('not_found', 'There is no digest 7.'));
    expect(failed.textContent).toContain(i18n.t('errors.messages.not_found'));
    expect(failed.querySelector('.error-detail')!.textContent).toBe('There is no digest 7.');
  });

  it('says a format main does not know in Bulgarian', async () => {
    const failed = await failedPreview(new AppError('unknown_request', 'Unknown: digests.preview'));
    expect(failed.textContent).toContain(
      i18n.t('edition.preview.unavailable', { message: i18n.t('errors.messages.unknown_request') }),
    );
    expect(failed.querySelector('.error-detail')!.textContent).toBe('Unknown: digests.preview');
  });
});
