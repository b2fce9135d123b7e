import { AGENCIES } from '../quotes/attribution';
import type { Annotation, AnnotationStatus, Story } from '../../shared/model';
import { webUrl } from './links';

/** schema.org ratings for Edition's statuses: 5 true … 1 false, with the name Google shows. */
const RATINGS: Partial<Record<AnnotationStatus, { value: number; name: string }>> = {
  verified: { value: 5, name: 'True' },
  disputed: { value: 3, name: 'Disputed' },
  'needs-source': { value: 2, name: 'Unproven' },
  false: { value: 1, name: 'False' },
};

/**
 * The story's checked claims and quotes as schema.org ClaimReview JSON-LD: one review per
 * annotation that has been checked (unverified ones are not reviews yet). Only the story's link
 * and wire time are read, so the digest exporters can pass an ExportStory as well as a Story.
 */
export function claimReviews(
  story: Pick<Story, 'link' | 'wireTime'>,
  annotations: Annotation[],
  publisher: string | null,
): object[] {
  return annotations
    .filter((annotation) => annotation.type !== 'note' && RATINGS[annotation.status])
    .map((annotation) => {
      const rating = RATINGS[annotation.status]!;
      // A feed's <link> is stored as the agency sent it (javascript: included): only web
      // addresses may leave as data, whether the story export or the web page embeds it.
      const link = webUrl(story.link);
      const appearance = webUrl(annotation.sourceUrl) ?? link;
      return {
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        datePublished: annotation.updatedAt.slice(0, 10),
        ...(link ? { url: link } : {}),
        claimReviewed: annotation.quote,
        author: { '@type': 'Organization', name: publisher ?? annotation.updatedBy ?? 'Edition' },
        reviewRating: {
          '@type': 'Rating',
          ratingValue: rating.value,
          bestRating: 5,
          worstRating: 1,
          alternateName: rating.name,
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(annotation.speaker
            ? { author: { '@type': speakerType(annotation.speaker), name: annotation.speaker } }
            : {}),
          ...(story.wireTime ? { datePublished: story.wireTime.slice(0, 10) } : {}),
          ...(appearance ? { appearance: { '@type': 'CreativeWork', url: appearance } } : {}),
        },
      };
    });
}

/** Words that name an organisation, not a person, wherever they stand in a speaker's name. */
const ORGANISATION_WORDS =
  /(?:^|\s)(?:министерство\p{L}*|агенция\p{L}*|правителство\p{L}*|прокуратура\p{L}*|полиция\p{L}*|пресцент\p{L}*|ministry|agency|government|police|office|министерств\p{L}*|правительств\p{L}*|ведомств\p{L}*|пресс-служб\p{L}*)(?:\s|$)/iu;

/**
 * Who said a claim, as schema.org types it: an agency ("Ройтерс"), a body known by its
 * initials ("МИД России", "the WHO") or named as one ("Министерството на финансите") is an
 * Organization; anyone else a Person.
 */
function speakerType(speaker: string): 'Person' | 'Organization' {
  const words = speaker.split(/\s+/);
  if (AGENCIES.test(speaker) || ORGANISATION_WORDS.test(speaker)) return 'Organization';
  return words.some((word) => /^\p{Lu}{2,}$/u.test(word)) ? 'Organization' : 'Person';
}
