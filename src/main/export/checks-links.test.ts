import { describe, expect, it } from 'vitest';
import { story } from './__fixtures__/digests';
import { a, body, p, t } from './__fixtures__/lexical';
import { check, clean, codes } from './__fixtures__/check';

describe('pre-send checks of links and pictures', () => {
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
