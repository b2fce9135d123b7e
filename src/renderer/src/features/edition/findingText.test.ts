import { describe, expect, it } from 'vitest';
import i18next from 'i18next';
import { resources } from '@renderer/i18n';
import { formatDateTime, formatDay } from '@renderer/features/stories/dates';
import { findingText } from './findingText';
import type { CheckFinding } from './findings';

async function language(lng: 'en' | 'bg') {
  const i18n = i18next.createInstance();
  await i18n.init({ resources, lng, fallbackLng: 'en', interpolation: { escapeValue: false } });
  return i18n;
}

const finding = (code: string, params?: CheckFinding['params']): CheckFinding => ({
  severity: 'error',
  code,
  message: `English message for ${code}`,
  ...(params ? { params } : {}),
});

/** Every code main's checks give, with the params they come with. */
const EMITTED: [string, CheckFinding['params']][] = [
  ['subject-empty', {}],
  ['subject-length', { length: 90, min: 10, max: 78 }],
  ['preheader-missing', {}],
  ['placeholder', { placeholder: 'TK', field: 'intro' }],
  ['placeholder', { placeholder: 'TK', field: 'summary', story: 'Бюджет' }],
  ['email-clipped', { kb: '120.5' }],
  ['email-size', { kb: '95.0' }],
  ['empty-section', { section: 'Култура' }],
  ['edition-empty', {}],
  ['annotation-false', { story: 'Дерби', kind: 'claim', quote: 'не е губил' }],
  ['annotation-disputed', { story: 'Дерби', kind: 'quote', quote: 'ще бием' }],
  ['annotation-unverified', { story: 'Дерби', kind: 'quote', quote: 'ще бием' }],
  ['annotation-needs-source', { story: 'Дерби', kind: 'claim', quote: '3%' }],
  ['embargo', { story: 'Избори', until: '14 Mar 2026, 10:00 (Europe/Sofia)' }],
  ['embargo-unreadable', { story: 'Избори', value: 'утре' }],
  ['expired', { story: 'Избори', at: '14 Mar 2026, 05:00 (Europe/Sofia)' }],
  ['canceled', { story: 'Избори' }],
  ['withheld', { story: 'Избори' }],
  ['image-url', { story: 'Мост' }],
  ['image-alt-missing', { story: 'Мост' }],
  ['link-javascript', { story: 'Мост', where: 'storyBody', url: 'javascript:x' }],
  ['link-relative', { where: 'intro', url: '/archive' }],
  ['link-malformed', { story: 'Мост', where: 'storyLink', url: 'http://a b' }],
  ['link-private', { story: 'Мост', where: 'storyBody', url: 'http://cms.local/1' }],
  ['email-support', { feature: 'flexbox', client: 'outlook.windows' }],
  ['placeholder', { placeholder: 'TK', field: 'section', section: 'Култура TK' }],
  ['placeholder', { placeholder: 'XX', field: 'caption', story: 'Мост' }],
  ['link-broken', { story: 'Мост', where: 'storyImage', url: 'https://a.bg/x.jpg', status: 404 }],
  ['outside-window', { story: 'Мост', at: '11 Mar', from: '13 Mar', to: '14 Mar' }],
  [
    'link-unreachable',
    {
      story: 'Мост',
      where: 'storyLink',
      url: 'https://a.test/',
      reason: 'host',
      detail: 'no such host',
    },
  ],
  ['email-unsubscribe-missing', {}],
  ['email-publication-default', { name: 'Edition' }],
  ['override-outdated', { story: 'Земетресение' }],
  ['quotes-unmarked', { story: 'Мост', count: 3 }],
  ['email-clipped', { kb: '4175.2', stories: 'Огромен текст\nВтори' }],
];

describe('a finding in the interface’s language', () => {
  it('says a story is outside the window with its times in the interface’s language', async () => {
    const outside = finding('outside-window', {
      story: 'Избори',
      at: '11 Mar 2026, 11:30 (Europe/Sofia)',
      from: '13 Mar 2026, 06:00 (Europe/Sofia)',
      to: '14 Mar 2026, 06:00 (Europe/Sofia)',
      timezone: 'Europe/Sofia',
      atAt: '2026-03-11T09:30:00.000Z',
      fromAt: '2026-03-13T04:00:00.000Z',
      toAt: '2026-03-14T04:00:00.000Z',
    });
    const bg = await language('bg');
    const at = (iso: string) => formatDateTime(iso, 'bg', 'Europe/Sofia', false);
    expect(findingText(outside, bg)).toBe(
      `„Избори“ е от ${at('2026-03-11T09:30:00.000Z')} (Europe/Sofia), извън прозореца на изданието (${at('2026-03-13T04:00:00.000Z')} – ${at('2026-03-14T04:00:00.000Z')}).`,
    );
    // A story of a day and no time: the day, in the interface's language.
    const dayParams = Object.fromEntries(
      Object.entries(outside.params!).filter(([name]) => name !== 'atAt'),
    );
    const dated = finding('outside-window', {
      ...dayParams,
      at: '26 Nov 2025',
      atDay: '2025-11-26',
    });
    expect(findingText(dated, bg)).toContain(
      `„Избори“ е от ${formatDay('2025-11-26', 'bg')}, извън`,
    );
  });

  it('writes a size with the language’s decimal mark', async () => {
    const clipped = finding('email-clipped', { kb: '157.4' });
    expect(findingText(clipped, await language('bg'))).toMatch(/^Имейлът е 157,4 KB;/);
    expect(findingText(clipped, await language('en'))).toMatch(/^The email is 157\.4 KB;/);
  });

  it('says why a link could not be reached, in the interface’s language', async () => {
    const unreachable = EMITTED.find(([code]) => code === 'link-unreachable')![1];
    expect(findingText(finding('link-unreachable', unreachable), await language('bg'))).toBe(
      'Връзката на „Мост“ е недостъпна: https://a.test/ (няма такъв сървър).',
    );
    // A reason this build has no words for: main's English detail.
    expect(
      findingText(
        finding('link-unreachable', { ...unreachable, reason: 'quantum', detail: 'odd failure' }),
        await language('bg'),
      ),
    ).toBe('Връзката на „Мост“ е недостъпна: https://a.test/ (odd failure).');
  });

  it('writes embargo and expiry times in the interface’s language, in the edition’s zone', async () => {
    const bg = await language('bg');
    const text = findingText(
      finding('embargo', {
        story: 'Избори',
        until: '1 Jan 2030, 12:00 (Europe/Sofia)',
        untilAt: '2030-01-01T10:00:00.000Z',
        timezone: 'Europe/Sofia',
      }),
      bg,
    );
    expect(text).toContain('12:00 (Europe/Sofia)');
    expect(text).toMatch(/яну|01\.2030/);
    expect(text).not.toContain('Jan');
  });

  it('says every finding main gives in Bulgarian, whole, with nothing left in English', async () => {
    const bg = await language('bg');
    for (const [code, params] of EMITTED) {
      const text = findingText(finding(code, params), bg);
      expect(text, code).not.toMatch(/\{\{|English message|\b(the|is|of|in)\b/);
    }
    expect(findingText(finding('annotation-false', EMITTED[9]![1]), bg)).toBe(
      'Твърдението „не е губил“ в „Дерби“ е отбелязано като невярно.',
    );
    expect(findingText(finding('link-malformed', EMITTED[22]![1]), bg)).toBe(
      'Връзката на „Мост“ не е валиден уеб адрес (http://a b).',
    );
    expect(findingText(finding('placeholder', EMITTED[25]![1]), bg)).toBe(
      'Заместител „TK“ в името на рубриката „Култура TK“.',
    );
    expect(findingText(finding('placeholder', EMITTED[4]![1]), bg)).toBe(
      'Заместител „TK“ в резюмето на „Бюджет“.',
    );
    expect(findingText(finding('email-clipped', EMITTED.at(-1)![1]), bg)).toContain(
      'отпечатани целите: „Огромен текст“, „Втори“.',
    );
    expect(findingText(finding('quotes-unmarked', EMITTED.at(-2)![1]), bg)).toBe(
      'В „Мост“ са открити 3 цитата, които никой не е отбелязал или отхвърлил.',
    );
  });

  it('says them in English as main does', async () => {
    const en = await language('en');
    expect(findingText(finding('annotation-false', EMITTED[9]![1]), en)).toBe(
      'Claim “не е губил” in “Дерби” is marked false.',
    );
    expect(findingText(finding('email-clipped', EMITTED.at(-1)![1]), en)).toBe(
      'The email is 4175.2 KB; Gmail clips anything over 102 KB. Printed in full, having no link to the site: “Огромен текст”, “Втори”. Give them a link, a shorter text or their summary alone (untick the item’s “Full text”), or remove stories.',
    );
    expect(findingText(finding('link-relative', EMITTED[21]![1]), en)).toBe(
      'A link in the intro is relative (/archive) and leads nowhere from an email; it is dropped.',
    );
  });

  it('shows main’s own message for a finding it does not know or one without params', async () => {
    const bg = await language('bg');
    expect(findingText(finding('something-new', { x: 1 }), bg)).toBe(
      'English message for something-new',
    );
    expect(findingText(finding('embargo'), bg)).toBe('English message for embargo');
  });
});
