import type { Annotation, DetectedQuote } from '@shared/model';

/** Quote marks and spaces around a quote, which a selection may or may not take in. */
function core(text: string): string {
  return text.replace(/^[\s"„“”«»‚‘’']+|[\s"„“”«»‚‘’']+$/g, '');
}

/** The speaker the quote detector found for a quote overlapping the marked text, if any. */
export function speakerForQuote(
  quote: string,
  suggestions: readonly DetectedQuote[] | null,
): string | null {
  const marked = core(quote);
  if (!marked || !suggestions) return null;
  const match = suggestions.find((suggestion) => {
    const detected = core(suggestion.text);
    return detected !== '' && (detected.includes(marked) || marked.includes(detected));
  });
  return match?.speaker ?? null;
}

/** Every speaker named in the story's annotations, sorted as the language sorts them. */
export function speakersOf(annotations: readonly Annotation[], language: string): string[] {
  const names = new Set<string>();
  for (const annotation of annotations) if (annotation.speaker) names.add(annotation.speaker);
  return [...names].sort((a, b) => a.localeCompare(b, language));
}
