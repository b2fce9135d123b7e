// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import i18n from '@renderer/i18n';
import { inLanguage, render } from '@renderer/test/render';
import { EditionSaveStatus } from './EditionSaveStatus';

async function status(language: 'bg' | 'en'): Promise<HTMLElement> {
  await inLanguage(language);
  const host = await render(
    <EditionSaveStatus
      state={{ status: 'error', code: 'store_error', message: 'database is locked' }}
    />,
  );
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
