// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '@shared/errors';
import type { Digest } from '@shared/model';
import { call } from '@renderer/api/client';
import i18n from '@renderer/i18n';
import { inLanguage, render } from '@renderer/test/render';
import { ChecksPanel } from './ChecksPanel';

vi.mock('@renderer/api/client', () => ({ call: vi.fn() }));
const callMock = vi.mocked(call);

const digest = { id: 7, revision: 1 } as Digest;
const mainWords = 'getaddrinfo ENOTFOUND example.org';

afterEach(() => callMock.mockReset());

async function panel(language: 'bg' | 'en'): Promise<HTMLElement> {
  await inLanguage(language);
  return render(
    <ChecksPanel
      digest={digest}
      onGoTo={() => undefined}
      canGoTo={() => false}
      onPreview={() => undefined}
    />,
  );
}

async function click(host: HTMLElement, testId: string): Promise<void> {
  await act(async () => {
    host.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!.click();
  });
}

describe('the checks panel, when a request fails', () => {
  it('says a failed link check in Bulgarian, main’s English words kept as the detail', async () => {
    callMock.mockRejectedValue(new AppError('internal', mainWords));
    const host = await panel('bg');
    await click(host, 'check-links');
    const status = host.querySelector('[data-testid="check-links-status"]')!;
    expect(status.textContent).toContain(
      i18n.t('edition.check.linksFailed', { message: i18n.t('errors.messages.internal') }),
    );
    const detail = status.querySelector('.error-detail')!;
    expect(detail.textContent).toBe(mainWords);
    expect(detail.getAttribute('lang')).toBe('en');
  });

  it('shows main’s own words for a failed link check in an English interface', async () => {
    callMock.mockRejectedValue(new AppError('internal', mainWords));
    const host = await panel('en');
    await click(host, 'check-links');
    const status = host.querySelector('[data-testid="check-links-status"]')!;
    expect(status.textContent).toBe(`The links could not be visited: ${mainWords}`);
    expect(status.querySelector('.error-detail')).toBeNull();
  });

  it('says a failed export in Bulgarian', async () => {
    callMock.mockRejectedValue(new AppError('store_error', 'SQLITE_READONLY'));
    const host = await panel('bg');
    await click(host, 'export-format-text');
    const note = host.querySelector('[data-testid="export-note"]')!;
    expect(note.textContent).toContain(i18n.t('errors.messages.store_error'));
    expect(note.querySelector('.error-detail')!.textContent).toBe('SQLITE_READONLY');
  });

  it('says an export main does not know in Bulgarian', async () => {
    callMock.mockRejectedValue(new AppError('invalid_request', 'format: Invalid enum value'));
    const host = await panel('bg');
    await click(host, 'export-format-eml');
    const note = host.querySelector('[data-testid="export-note"]')!;
    expect(note.textContent).toContain(
      i18n.t('edition.export.unavailable', {
        format: i18n.t('edition.export.formats.eml'),
        message: i18n.t('errors.messages.invalid_request'),
      }),
    );
    expect(note.querySelector('.error-detail')!.textContent).toBe('format: Invalid enum value');
  });

  it('says a blocked export in Bulgarian until its findings are there', async () => {
    callMock.mockImplementation(((name: string) =>
      name === 'digests.export'
        ? Promise.reject(new AppError('blocked', 'Export blocked: 1 serious problem.'))
        : new Promise(() => undefined)) as unknown as typeof call);
    const host = await panel('bg');
    await click(host, 'export-format-html');
    const message = host.querySelector('.export-blocked__message')!;
    expect(message.textContent).toContain(i18n.t('errors.messages.blocked'));
    expect(message.querySelector('.error-detail')!.textContent).toBe(
      'Export blocked: 1 serious problem.',
    );
  });
});
