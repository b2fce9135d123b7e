import { describe, expect, it } from 'vitest';
import { checkDigest, type CheckFinding } from './checks';
import { renderEmailHtml } from './email-html';
import { placeholdersIn } from './placeholders';
import {
  annotation,
  FIXTURE_NOW,
  MORNING_FINDINGS,
  morningDigest,
  story,
} from './__fixtures__/digests';
import { a, body, p, t } from './__fixtures__/lexical';
import type { ExportDigest, ExportStory } from './digest-model';
import en from '../../renderer/src/i18n/locales/en.json';
import bg from '../../renderer/src/i18n/locales/bg.json';

function check(digest: ExportDigest, emailHtml = renderEmailHtml(digest)): CheckFinding[] {
  return checkDigest(digest, { now: FIXTURE_NOW, emailHtml });
}

/** A clean one-story digest, to test one finding at a time. */
function clean(overrides: Partial<ExportDigest> = {}): ExportDigest {
  return {
    ...morningDigest(),
    sections: [{ id: 1, name: 'Новини', items: [story(1, 1)] }],
    ...overrides,
  };
}

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

const codes = (findings: CheckFinding[]) => findings.map((finding) => finding.code).sort();

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

  it('counts the subject in characters the reader sees, as the window does', () => {
    // 77 letters and a thumbs-up with a skin tone: 78 characters on screen, 79 code points.
    expect(codes(check(clean({ subject: `${'Д'.repeat(77)}👍🏽` })))).toEqual([]);
    // A flag and a letter typed with a combining breve: one character each.
    expect(codes(check(clean({ subject: `${'Д'.repeat(76)}🇧🇬и\u0306` })))).toEqual([]);
    // Nine characters on screen (short), though eleven code points.
    const short = check(clean({ subject: 'Здрасти👍🏽👍🏽' }));
    expect(short.map((finding) => [finding.code, finding.params])).toEqual([
      ['subject-length', { length: 9, min: 10, max: 78 }],
    ]);
    expect(short[0]!.message).toBe('The subject is 9 characters long; keep it between 10 and 78.');
    const one = check(clean({ subject: 'Я' })).filter(
      (finding) => finding.code === 'subject-length',
    );
    expect(one[0]!.message).toBe('The subject is 1 character long; keep it between 10 and 78.');
  });

  it('check the subject, preheader and empty sections', () => {
    expect(codes(check(clean({ subject: '' })))).toEqual(['subject-empty']);
    expect(codes(check(clean({ subject: 'Кратко' })))).toEqual(['subject-length']);
    expect(codes(check(clean({ subject: 'Д'.repeat(79) })))).toEqual(['subject-length']);
    expect(codes(check(clean({ subject: 'Д'.repeat(78) })))).toEqual([]);
    expect(codes(check(clean({ preheader: ' ' })))).toEqual(['preheader-missing']);
    const empty = clean();
    empty.sections.push({ id: 2, name: 'Култура', items: [] });
    expect(check(empty)).toEqual([
      {
        severity: 'warning',
        code: 'empty-section',
        message: 'Section “Култура” has no stories.',
        params: { section: 'Култура' },
        sectionId: 2,
      },
    ]);
  });

  it('warn of a story link from the wire that is a script, which the editor cannot change, and do not stop the export for it', () => {
    const digest = clean();
    digest.sections[0]!.items[0] = story(1, 1, { link: 'javascript:alert(1)' });
    const found = check(digest).filter((finding) => finding.code === 'link-javascript');
    expect(found).toMatchObject([{ severity: 'warning', params: { where: 'storyLink' } }]);
    expect(found[0]!.message).toBe(
      'The link of “Новина 1” is a script (javascript:alert(1)); it is removed from every export.',
    );
  });

  it('check the links in the intro as those in stories', () => {
    const intro = body(
      p(
        a('http://exa mple.com', t('развален')),
        a('/archive/today', t('относителен')),
        a('javascript:alert(1)', t('скрипт')),
        a('https://www.24chasa.bg/', t('сайта')),
      ),
    );
    const found = check(clean({ intro }));
    expect(found.map((finding) => [finding.severity, finding.code])).toEqual([
      ['warning', 'link-malformed'],
      ['warning', 'link-relative'],
      ['error', 'link-javascript'],
    ]);
    expect(found[0]!.message).toBe(
      'A link in the intro is not a valid web address (http://exa mple.com).',
    );
  });

  it('name no section for a lead story', () => {
    const digest = clean();
    digest.sections.unshift({
      id: 0,
      name: '',
      items: [story(9, 90, { pubStatus: 'canceled' })],
    });
    const [finding] = check(digest).filter((found) => found.code === 'canceled');
    expect(finding).toMatchObject({ storyId: 9, itemId: 90 });
    expect(finding).not.toHaveProperty('sectionId');
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

  it('find placeholders in every field, as whole Latin words only', () => {
    const digest = clean({
      subject: 'Бюлетин: TK новини днес',
      preheader: 'XX души',
      introText: 'Въведение TK.',
    });
    digest.sections[0]!.items[0] = story(1, 1, {
      headline: 'Заглавие XX',
      body: body(p('Текст TK')),
    });
    const found = check(digest).filter((finding) => finding.code === 'placeholder');
    expect(found.map((finding) => finding.message)).toEqual([
      'Placeholder “TK” in the subject.',
      'Placeholder “XX” in the preheader.',
      'Placeholder “TK” in the intro.',
      'Placeholder “XX” in the headline of “Заглавие XX”.',
      'Placeholder “TK” in the body of “Заглавие XX”.',
    ]);
    expect(found.every((finding) => finding.severity === 'error')).toBe(true);
    // A section's name and a picture's caption go out too.
    const more = clean({ sections: [{ id: 3, name: 'Култура TK', items: [story(2, 2)] }] });
    more.sections[0]!.items[0] = story(2, 2, {
      image: {
        kind: 'picture',
        uri: 'https://example.bg/p.jpg',
        caption: 'Снимка: XX',
        mimeType: null,
      },
    });
    const placeholders = check(more).filter((finding) => finding.code === 'placeholder');
    expect(placeholders.map((finding) => finding.message)).toEqual([
      'Placeholder “TK” in the section name “Култура TK”.',
      'Placeholder “XX” in the caption of “Новина 2”.',
    ]);
    expect(placeholders[0]).toMatchObject({ sectionId: 3, params: { field: 'section' } });
    expect(placeholdersIn('TKO, XXL, ТК (Кодекс на труда), TKs, през XX век, XX-ти век')).toEqual(
      [],
    );
    expect(placeholdersIn('(TK) и „XX“ души, XX.')).toEqual(['TK', 'XX']);
  });

  it('warn about the size near Gmail’s clip and fail over it', () => {
    const digest = clean();
    expect(codes(check(digest, 'x'.repeat(91 * 1024)))).toEqual(['email-size']);
    const clipped = check(digest, 'я'.repeat(52 * 1024));
    expect(clipped).toMatchObject([{ severity: 'error', code: 'email-clipped' }]);
    expect(clipped[0]!.message).toContain('104.0 KB');
    expect(clipped[0]!.params).toEqual({ kb: '104.0' });
  });

  it('name the stories that are too big for the email because they are printed in full', () => {
    const long = 'Дълъг абзац без край. '.repeat(3000);
    const digest = clean();
    digest.sections[0]!.items = [
      story(1, 1, { headline: 'Само тук', link: null, body: body(p(long)), bodyText: long }),
      story(2, 2, { headline: 'На сайта', body: body(p(long)), bodyText: long }),
      story(3, 3, { headline: 'Кратка', link: null }),
    ];
    const [clipped] = check(digest).filter((finding) => finding.code === 'email-clipped');
    expect(clipped!.params).toMatchObject({ stories: 'Само тук' });
    expect(clipped!.message).toContain('Printed in full, having no link to the site: “Само тук”.');
  });

  it('name the longest of several middling stories printed in full that together clip the email', () => {
    const middling = (times: number) => 'Абзац на новината без връзка. '.repeat(times);
    const digest = clean();
    // Fourteen stories of about 9 KB each: none long alone, too long together.
    digest.sections[0]!.items = Array.from({ length: 14 }, (_, index) =>
      story(index + 1, index + 1, {
        headline: `Без връзка ${index + 1}`,
        link: null,
        body: body(p(middling(150 + index))),
        bodyText: middling(150 + index),
      }),
    );
    const [clipped] = check(digest).filter((finding) => finding.code === 'email-clipped');
    expect(clipped!.params).toMatchObject({
      stories: 'Без връзка 14\nБез връзка 13\nБез връзка 12',
    });
  });

  it('classify links: scripts are errors, relative and malformed ones warnings', () => {
    const digest = clean();
    digest.sections[0]!.items[0] = story(1, 1, {
      link: 'https://www.24chasa .bg/x',
      body: body(
        p(
          a('  java\tscript:alert(1)', 'a'),
          a('vbscript:msgbox', 'b'),
          a('#top', 'c'),
          a('www.24chasa.bg', 'd'),
          a('http://', 'e'),
          a('ftp://files.example.org/x', 'f'),
          a('mailto:desk@24chasa.bg', 'g'),
          a('https://www.24chasa.bg/ok', 'h'),
        ),
      ),
    });
    expect(check(digest).map((finding) => `${finding.severity} ${finding.code}`)).toEqual([
      'warning link-malformed',
      'error link-javascript',
      'error link-javascript',
      'warning link-relative',
      'warning link-relative',
      'warning link-malformed',
      'warning link-malformed',
    ]);
  });

  it('warn about links to addresses only the newsroom can reach', () => {
    const digest = clean();
    digest.sections[0]!.items[0] = story(1, 1, {
      link: 'http://cms.local/story/123',
      body: body(
        p(
          a('http://192.168.1.20/preview', 'a'),
          a('http://localhost:3000/x', 'b'),
          a('http://[::ffff:127.0.0.1]/x', 'c'),
          a('https://intranet/x', 'd'),
          a('http://172.20.0.5/x', 'e'),
          a('https://www.24chasa.bg/ok', 'f'),
          a('http://172.32.0.5/public', 'g'),
          a('https://[2001:db8::1]/public', 'h'),
        ),
      ),
    });
    const findings = check(digest);
    expect(findings.map((finding) => `${finding.severity} ${finding.code}`)).toEqual([
      'warning link-private',
      'warning link-private',
      'warning link-private',
      'warning link-private',
      'warning link-private',
      'warning link-private',
    ]);
    expect(findings[0]!.message).toBe(
      `The link of “${digest.sections[0]!.items[0]!.headline}” points to a private address (http://cms.local/story/123) that readers cannot reach.`,
    );
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

  it('warn about images that cannot be shown or have no caption', () => {
    const digest = clean();
    digest.sections[0]!.items[0] = story(1, 1, {
      image: {
        kind: 'picture',
        uri: 'http://www.24chasa.bg/x.jpg',
        caption: 'Снимка',
        mimeType: null,
      },
    });
    expect(codes(check(digest))).toEqual(['image-url']);
  });
});
