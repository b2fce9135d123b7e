import { describe, expect, it } from 'vitest';
import { isSafeUrl, normaliseUrl } from './url';

describe('links an editor types', () => {
  it('makes web and mail addresses of what is typed', () => {
    expect(normaliseUrl('bta.bg/news')).toBe('https://bta.bg/news');
    expect(normaliseUrl('desk@24chasa.bg')).toBe('mailto:desk@24chasa.bg');
    expect(normaliseUrl('https://bta.bg/')).toBe('https://bta.bg/');
  });

  it('refuses what no export can carry: scripts, and phone links the exports drop', () => {
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('tel:+359888123456')).toBeNull();
    expect(isSafeUrl('tel:+359888123456')).toBe(false);
  });
});
