const MAX_HEADLINE = 110;

const MIN_CLAUSE = 40;

/**
 * A headline for copy that has none, from the lead's first sentence. A long lead is cut at its
 * last clause break that fits — wire leads put the news first and the attribution after a
 * comma ("…се развиват успешно, заяви президентът…") — else at a word boundary with an ellipsis.
 */
export function headlineFromLead(lead: string): string {
  const sentence = firstSentence(lead.trim());
  if (sentence.length <= MAX_HEADLINE) return sentence;
  const cut = sentence.slice(0, MAX_HEADLINE);
  const clauseEnd = Math.max(cut.lastIndexOf(', '), cut.lastIndexOf(' – '), cut.lastIndexOf(' — '));
  if (clauseEnd >= MIN_CLAUSE) return cut.slice(0, clauseEnd);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 40 ? cut.slice(0, lastSpace) : cut).replace(/[,;:–-]+$/, '')}…`;
}

function firstSentence(text: string): string {
  const match = /^(.+?[.!?…])(\s|$)/s.exec(text);
  return (match ? match[1]! : text).replace(/\s+/g, ' ');
}

/** A first paragraph short enough and without a full stop reads as a title line. */
export function looksLikeTitle(paragraph: string): boolean {
  const text = paragraph.trim();
  return text.length > 0 && text.length <= 150 && !text.includes('\n') && !/[.!?…:]$/.test(text);
}
