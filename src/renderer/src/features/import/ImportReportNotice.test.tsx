// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AppError } from '@shared/errors';
import i18n from '@renderer/i18n';
import { inLanguage, render } from '@renderer/test/render';
import { textItem } from './importItems';
import { ImportJob } from './importJob';
import { ImportReportNotice } from './ImportReportNotice';

/** An import of one pasted text whose request main refused, as useImport runs it. */
async function refusedImport(language: 'bg' | 'en'): Promise<HTMLElement> {
  await inLanguage(language);
  const job = new ImportJob({
    sendFiles: () => Promise.reject(new Error('not used')),
    sendText: () => Promise.reject(new AppError('store_error', 'SQLITE_READONLY')),
    readBase64: () => Promise.resolve(''),
    messages: {
      tooLarge: () => 'too large',
      unreadable: () => 'unreadable',
      requestFailed: (reason) => i18n.t('import.requestFailed', { reason }),
    },
  });
  job.add({ items: [textItem({ text: 'Днес' }, 'Pasted text')], failures: [], skipped: 0 });
  const outcome = await job.run();
  const host = await render(
    <ImportReportNotice shown={outcome} onDismiss={() => undefined} onOpen={() => undefined} />,
  );
  return host.querySelector<HTMLElement>('.import-report__list li')!;
}

describe('the import report, when the request failed', () => {
  it('says why in Bulgarian, main’s English words kept as the detail', async () => {
    const failure = await refusedImport('bg');
    expect(failure.textContent).toContain(
      i18n.t('import.failure.requestFailed', { reason: i18n.t('errors.messages.store_error') }),
    );
    expect(failure.querySelector('.error-detail')!.textContent).toBe('SQLITE_READONLY');
  });

  it('shows main’s own words in an English interface', async () => {
    const failure = await refusedImport('en');
    expect(failure.textContent).toContain(
      i18n.t('import.failure.requestFailed', { reason: 'SQLITE_READONLY' }),
    );
    expect(failure.querySelector('.error-detail')).toBeNull();
  });
});
