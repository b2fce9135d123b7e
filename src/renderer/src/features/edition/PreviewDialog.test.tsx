// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import { call } from '@renderer/api/client';
import i18n from '@renderer/i18n';
import { inLanguage, render } from '@renderer/test/render';
import { PreviewDialog } from './PreviewDialog';

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

afterEach(() => callMock.mockReset());

async function failedPreview(error: AppError): Promise<HTMLElement> {
  callMock.mockRejectedValue(error);
  await inLanguage('bg');
  const host = await render(<PreviewDialog digestId={7} revision={1} onClose={() => undefined} />);
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
