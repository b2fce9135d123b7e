import { describe, expect, it } from 'vitest';
import { story } from './__fixtures__/digests';
import { body, p } from './__fixtures__/lexical';
import { check, clean, codes } from './__fixtures__/check';

describe('pre-send checks of the email’s size', () => {
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
    // Its full text unticked: the email is small again.
    digest.sections[0]!.items[0]!.showBody = false;
    expect(codes(check(digest))).not.toContain('email-clipped');
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
});
