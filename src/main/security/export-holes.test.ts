import { describe, expect, it } from 'vitest';
import { claimReviews } from '../export/claim-review';
import { renderMarkdown } from '../export/markdown';
import { annotation, digest, story } from '../export/__fixtures__/builders';
import { checkClaimReview, checkMarkdown } from './__fixtures__/export-checks';

/**
 * The holes the hostile-input corpus found, each pinned on its own so a regression names itself
 * without the full corpus run.
 */
describe('holes found by the corpus', () => {
  it("keeps a feed item's script link out of the story ClaimReview export", () => {
    // An RSS <link> or Atom href is stored as the agency sent it; the story export read it raw.
    const reviews = claimReviews(
      { link: 'javascript:alert(321)', wireTime: '2026-03-14T07:00:00Z' },
      [annotation(1, 'claim', 'false', 'Твърдение')],
      null,
    );
    expect(checkClaimReview(JSON.stringify(reviews))).toEqual([]);
    expect(JSON.stringify(reviews)).not.toContain('javascript:');
  });

  it('writes an image caption that a Markdown renderer cannot turn into an attribute', () => {
    // marked (16.x) writes alt text without escaping '"': `![a " onerror="x"](…)` became an
    // event handler. The caption here is the one an HTML wire story would carry.
    const markdown = renderMarkdown(
      digest([
        {
          id: 1,
          name: 'Свят',
          items: [
            story(1, 1, {
              headline: 'Снимка',
              image: {
                kind: 'picture',
                uri: 'https://images.example/photo.jpg',
                caption: '" onerror="alert(1017)" x="',
                mimeType: 'image/jpeg',
              },
            }),
          ],
        },
      ]),
    );
    expect(markdown).toContain('](https://images.example/photo.jpg)');
    expect(checkMarkdown(markdown)).toEqual([]);
  });
});
