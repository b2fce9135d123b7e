import { describe, expect, it } from 'vitest';
import { placeholdersIn } from './placeholders';
import { story } from './__fixtures__/digests';
import { body, p } from './__fixtures__/lexical';
import { check, clean, codes } from './__fixtures__/check';

describe('pre-send checks of the edition’s own fields', () => {
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

  it('ask for an unsubscribe link, in any form the mail service takes', () => {
    const without = (unsubscribeUrl: string | null) => {
      const digest = clean();
      digest.branding = { ...digest.branding, unsubscribeUrl };
      return codes(check(digest));
    };
    expect(without(null)).toEqual(['email-unsubscribe-missing']);
    expect(without('javascript:alert(1)')).toEqual(['email-unsubscribe-missing']);
    for (const link of ['https://24chasa.bg/off', 'mailto:off@24chasa.bg', '*|UNSUB|*'])
      expect(without(link), link).toEqual([]);
  });

  it('warn while the publication still has the app’s name, which heads and signs the email', () => {
    const named = (publication: string) => {
      const digest = clean();
      digest.branding = { ...digest.branding, publication };
      return check(digest);
    };
    expect(codes(named('Edition'))).toEqual(['email-publication-default']);
    expect(codes(named('  '))).toEqual(['email-publication-default']);
    expect(codes(named('EDITION'))).toEqual(['email-publication-default']);
    expect(named('Edition')[0]!.message).toMatch(/named “Edition”, the app's default/);
    expect(codes(named('24 часа'))).toEqual([]);
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
});
