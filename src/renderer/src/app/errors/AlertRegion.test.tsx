// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import i18n from '@renderer/i18n';
import { inLanguage, render } from '@renderer/test/render';
import { AlertRegion } from './AlertRegion';

async function shown(code: 'not_found' | 'conflict', message: string): Promise<HTMLElement> {
  const host = await render(
    <AlertRegion errors={[{ key: 1, code, message }]} onDismiss={() => undefined} host={null} />,
  );
  return host.querySelector<HTMLElement>('[data-error-code]')!;
}

describe('the alert region', () => {
  it('says a failed request in the interface language and keeps main’s English words apart', async () => {
    await inLanguage('bg');
    const item = await shown('not_found', 'There is no annotation a1.');
    const sentence = item.querySelector('.alert-region__text span')!;
    expect(sentence.textContent).toBe(i18n.t('errors.messages.not_found'));
    expect(sentence.textContent).not.toContain('There is no annotation');
    expect(sentence.textContent).toMatch(/[а-я]/);
    const detail = item.querySelector('.alert-region__detail')!;
    expect(detail.textContent).toBe('There is no annotation a1.');
    expect(detail.getAttribute('lang')).toBe('en');
  });

  it('shows main’s own words in an English interface, where they are the most precise', async () => {
    await inLanguage('en');
    const item = await shown('conflict', 'Already subscribed to https://example.org/news.rss.');
    const sentence = item.querySelector('.alert-region__text span')!;
    expect(sentence.textContent).toBe('Already subscribed to https://example.org/news.rss.');
    expect(item.querySelector('.alert-region__detail')).toBeNull();
  });
});
