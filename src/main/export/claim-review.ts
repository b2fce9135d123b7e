import { AGENCIES } from '../quotes/attribution';
import { isBodyWord } from '../quotes/lexicon';
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

/** A post named after its body: the speaker is a person who holds it. */
const POST_AFTER_BODY =
  /^(?:the\s+)?\S+\s+(?:chief|head|spokesman|spokeswoman|spokesperson|official|officer|minister|director|говорител\p{L}*|шеф\p{L}*|началник\p{L}*|директор\p{L}*|представител\p{L}*)(?:\s|$)/iu;

/**
 * Who said a claim, as schema.org types it: an agency ("Ройтерс"), a body named by its head
 * noun ("Министерството на финансите") or known by its initials ("МИД России", "the WHO") is
 * an Organization; anyone else a Person, also one described by the body they speak for
 * ("police chief John Smith"), one with a regnal number ("Charles III"), or a name written in
 * capitals throughout ("ИВАН ПЕТРОВ", as copy in capitals has it).
 */
function speakerType(speaker: string): 'Person' | 'Organization' {
  if (AGENCIES.test(speaker)) return 'Organization';
  const words = speaker.replace(/^the\s+/i, '').split(/\s+/);
  // "police chief John Smith", "government spokesman": the body names the person's post.
  if (isBodyWord(words[0]!)) return POST_AFTER_BODY.test(speaker) ? 'Person' : 'Organization';
  // Initials that lead ("МИД России", "WHO"), a regnal number ("III") being none, in a name not
  // all in capitals; but a person's initials before a surname ("JD Vance").
  const leadingInitials = /^\p{Lu}{2,}$/u.test(words[0]!) && !/^[IVXLC]+$/.test(words[0]!);
  const allCapitals = words.every((word) => /^\p{Lu}+$/u.test(word));
  const personsInitials =
    words.length === 2 && /^[A-Z]{2}$/.test(words[0]!) && /^\p{Lu}\p{Ll}/u.test(words[1]!);
  return leadingInitials && (words.length === 1 || !allCapitals) && !personsInitials
    ? 'Organization'
    : 'Person';
}
