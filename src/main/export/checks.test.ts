import { describe, expect, it } from 'vitest';
import { checkDigest, type CheckFinding } from './checks';
import { renderEmailHtml } from './email-html';
import { annotation, MORNING_FINDINGS, morningDigest, story } from './__fixtures__/digests';
import { body, p } from './__fixtures__/lexical';
import { check, clean, codes } from './__fixtures__/check';
import type { ExportDigest, ExportStory } from './digest-model';
import en from '../../renderer/src/i18n/locales/en.json';
import bg from '../../renderer/src/i18n/locales/bg.json';

/** A digest whose one story has nothing but its headline: no summary, text, picture or link. */
function headlineOnly(): ExportDigest {
  const digest = clean();
  digest.sections[0]!.items[0] = story(1, 1, {
    headline: 'Само заглавие',
    summary: ' ',
    link: null,
    body: body(),
  });
  return digest;
}

describe('pre-send checks', () => {
  it('find exactly the morning digest’s problems, with severities and the story named', () => {
    const findings = check(morningDigest());
    expect(codes(findings)).toEqual([...MORNING_FINDINGS]);
    const bySeverity = (severity: CheckFinding['severity']) =>
      codes(findings.filter((finding) => finding.severity === severity));
    expect(bySeverity('error')).toEqual([
      'annotation-disputed',
      'annotation-false',
      'canceled',
      'embargo',
      'placeholder',
      // Withheld is an embargo with no time to lift it (IPTC: not to be used for now).
      'withheld',
    ]);
    const embargo = findings.find((finding) => finding.code === 'embargo')!;
    expect(embargo).toMatchObject({ storyId: 102, itemId: 1002, sectionId: 10 });
    expect(embargo.message).toBe(
      '“Президентът ще насрочи дата за изборите” is under embargo until 14 Mar 2026, 10:00 (Europe/Sofia).',
    );
    for (const finding of findings) {
      expect(finding.storyId).toBeTypeOf('number');
      expect(finding.message).toMatch(/“.+”/);
    }
    expect(findings.find((finding) => finding.code === 'annotation-false')!.message).toBe(
      'Claim “отборът не е губил от 2019 г.” in “„Левски“ спечели дербито с 2:1” is marked false.',
    );
    // A fact-check finding names its annotation, for the window to go straight to it.
    const digest = morningDigest();
    const annotationIds = new Set(
      digest.sections.flatMap((section) =>
        section.items.flatMap((item) => item.annotations.map((annotation) => annotation.id)),
      ),
    );
    for (const finding of check(digest).filter((item) => item.code.startsWith('annotation-')))
      expect(annotationIds.has(finding.annotationId!), finding.code).toBe(true);
  });

  it('give every finding its params, and the interface words for each code in both languages', () => {
    const findings = [
      ...check(morningDigest()),
      ...check(clean({ subject: '', preheader: '', sections: [] })),
      ...check(headlineOnly()),
    ];
    for (const finding of findings) expect(finding.params, finding.code).toBeDefined();
    for (const locale of [en, bg]) {
      const words = locale.findings as Record<string, unknown>;
      for (const finding of findings)
        expect(
          Object.keys(words).some(
            (key) => key === finding.code || key.startsWith(`${finding.code}_`),
          ),
          finding.code,
        ).toBe(true);
    }
  });

  it('quote a quote with a quotation inside it whole, less its own marks', () => {
    const digest = clean();
    const quoted = '„На бюджета казахме „не““';
    digest.sections[0]!.items[0] = story(1, 1, {
      annotations: [
        annotation(1, 'quote', 'disputed', quoted),
        annotation(1, 'claim', 'false', '"It was "fine""'),
      ],
    });
    const [quote, claim] = check(digest).filter((finding) =>
      finding.code.startsWith('annotation-'),
    );
    expect(quote!.params!.quote).toBe('На бюджета казахме „не“');
    expect(quote!.message).toBe('Quote “На бюджета казахме „не“” in “Новина 1” is disputed.');
    expect(claim!.params!.quote).toBe('It was "fine"');
  });

  it('warn about a story that would reach readers as its headline alone', () => {
    const [finding, ...more] = check(headlineOnly()).filter((f) => f.code === 'story-empty');
    expect(more).toHaveLength(0);
    expect(finding).toMatchObject({
      severity: 'warning',
      storyId: 1,
      params: { story: 'Само заглавие' },
    });
    expect(finding!.message).toBe(
      '“Само заглавие” has no summary, text, picture or link: readers get its headline alone.',
    );
    // A script link is dropped from every export, so it leaves the headline alone as well.
    const scripted = headlineOnly();
    scripted.sections[0]!.items[0]!.link = 'javascript:alert(1)';
    expect(codes(check(scripted))).toContain('story-empty');
    // Any one of them is something to read or look at.
    const withSomething: Partial<ExportStory>[] = [
      { summary: 'Кратко резюме.' },
      { body: body(p('Един абзац.')) },
      { link: 'https://www.24chasa.bg/novini/article/1' },
      {
        image: {
          kind: 'picture',
          uri: 'https://www.24chasa.bg/images/1.jpg',
          caption: 'Снимка на деня',
          mimeType: 'image/jpeg',
        },
      },
    ];
    for (const overrides of withSomething) {
      const digest = headlineOnly();
      const only = digest.sections[0]!.items[0]!;
      digest.sections[0]!.items[0] = story(1, 1, { ...only, ...overrides, bodyText: undefined });
      expect(codes(check(digest)), JSON.stringify(overrides)).not.toContain('story-empty');
    }
  });

  it('find nothing in a clean digest', () => {
    expect(check(clean())).toEqual([]);
  });

  it('stop a story whose use the agency let expire, and not one still within its time', () => {
    const digest = clean();
    digest.sections[0]!.items[0] = story(1, 1, { expiresAt: '2026-03-14T05:00:00+02:00' });
    const [finding] = check(digest);
    expect(finding).toMatchObject({ severity: 'error', code: 'expired', storyId: 1 });
    expect(finding!.message).toBe(
      '“Новина 1” expired at 14 Mar 2026, 05:00 (Europe/Sofia): the agency no longer allows its use.',
    );
    digest.sections[0]!.items[0] = story(1, 1, { expiresAt: '2026-03-20T00:00:00Z' });
    expect(check(digest)).toEqual([]);
  });

  it('let an embargo that has lifted and orphaned or verified annotations through', () => {
    const digest = clean();
    digest.sections[0]!.items[0] = story(1, 1, {
      embargoUntil: '2026-03-14T05:59:00+02:00',
      annotations: [
        { ...morningDigest().sections[2]!.items[0]!.annotations[0]!, orphaned: true },
        { ...morningDigest().sections[0]!.items[0]!.annotations[0]! },
      ],
    });
    expect(check(digest)).toEqual([]);
  });

  it('judge embargoes and expiry at send time: the close time, when checked the evening before', () => {
    const eveningBefore = new Date('2026-03-13T20:00:00+02:00');
    const checkedEarly = (overrides: Parameters<typeof story>[2]) => {
      const digest = clean();
      digest.sections[0]!.items[0] = story(1, 1, overrides);
      return codes(checkDigest(digest, { now: eveningBefore, emailHtml: renderEmailHtml(digest) }));
    };
    // Lifts at 05:30, before the 06:00 edition goes out: no error, but a word not to send early.
    expect(checkedEarly({ embargoUntil: '2026-03-14T05:30:00+02:00' })).toEqual([
      'embargo-before-send',
    ]);
    expect(checkedEarly({ embargoUntil: '2026-03-14T07:00:00+02:00' })).toEqual(['embargo']);
    const early = clean();
    early.sections[0]!.items[0] = story(1, 1, { embargoUntil: '2026-03-14T05:30:00+02:00' });
    const [warning] = checkDigest(early, { now: eveningBefore, emailHtml: renderEmailHtml(early) });
    expect(warning).toMatchObject({ severity: 'warning', storyId: 1 });
    expect(warning!.message).toBe(
      '“Новина 1” is under embargo until 14 Mar 2026, 05:30 (Europe/Sofia), before the edition closes at 14 Mar 2026, 06:00 (Europe/Sofia): do not send or publish it earlier.',
    );
    // Still usable tonight, no longer when the edition goes out.
    expect(checkedEarly({ expiresAt: '2026-03-13T23:00:00+02:00' })).toEqual(['expired']);
  });

  it('stop an edition with no stories at all', () => {
    const nothing = clean({ sections: [{ id: 1, name: 'Новини', items: [] }] });
    expect(check(nothing)).toContainEqual({
      severity: 'error',
      code: 'edition-empty',
      message: 'The edition has no stories.',
      params: {},
    });
    expect(codes(check(clean({ sections: [] })))).toEqual(['edition-empty']);
  });

  it('warn about a story from outside the edition’s window, with the times in its zone', () => {
    // The 06:00 Sofia edition of 14 March covers 13 March 06:00 to 14 March 06:00.
    const digest = clean();
    digest.sections[0]!.items = [
      story(1, 1, { wireTime: '2026-03-11T09:30:00.000Z' }),
      story(2, 2, { wireTime: '2026-03-13T04:00:00.000Z' }),
      story(3, 3, { wireTime: '2026-03-14T05:00:00.000Z' }),
      story(4, 4, { wireTime: null }),
    ];
    const findings = check(digest);
    expect(findings.filter((finding) => finding.code === 'outside-window')).toEqual([
      {
        severity: 'warning',
        code: 'outside-window',
        message:
          '“Новина 1” is from 11 Mar 2026, 11:30 (Europe/Sofia), outside this edition’s window (13 Mar 2026, 06:00 – 14 Mar 2026, 06:00).',
        params: {
          story: 'Новина 1',
          at: '11 Mar 2026, 11:30 (Europe/Sofia)',
          from: '13 Mar 2026, 06:00 (Europe/Sofia)',
          to: '14 Mar 2026, 06:00 (Europe/Sofia)',
          timezone: 'Europe/Sofia',
          atAt: '2026-03-11T09:30:00.000Z',
          fromAt: '2026-03-13T04:00:00.000Z',
          toAt: '2026-03-14T04:00:00.000Z',
        },
        storyId: 1,
        itemId: 1,
        sectionId: 1,
      },
      expect.objectContaining({ storyId: 3, code: 'outside-window' }),
    ]);
  });

  it('warn about a story of a day and no time when no hour of that day is in the window', () => {
    // 13 March 06:00 to 14 March 06:00 in Sofia: both days have hours in it.
    const digest = clean();
    digest.sections[0]!.items = [
      story(1, 1, { wireTime: null, storyDate: '2025-11-26' }),
      story(2, 2, { wireTime: null, storyDate: '2026-03-13' }),
      story(3, 3, { wireTime: null, storyDate: '2026-03-14' }),
      story(4, 4, { wireTime: null, storyDate: '2026-03-15' }),
      story(5, 5, { wireTime: null, storyDate: null }),
    ];
    const outside = check(digest).filter((finding) => finding.code === 'outside-window');
    expect(outside.map((finding) => finding.storyId)).toEqual([1, 4]);
    expect(outside[0]).toMatchObject({
      message:
        '“Новина 1” is from 26 Nov 2025, outside this edition’s window (13 Mar 2026, 06:00 – 14 Mar 2026, 06:00).',
      params: { at: '26 Nov 2025', atDay: '2025-11-26', fromAt: '2026-03-13T04:00:00.000Z' },
    });
    expect(outside[0]!.params).not.toHaveProperty('atAt');
  });
});
