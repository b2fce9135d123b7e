const MAX_HEADLINE = 110;

/**
 * A headline for copy that has none: the lead's first sentence, cut at a word boundary.
 * Wire text often opens with the lead, so this reads like what a sub-editor would write first.
 */
export function headlineFromLead(lead: string): string {
  const sentence = firstSentence(lead.trim());
  if (sentence.length <= MAX_HEADLINE) return sentence;
  const cut = sentence.slice(0, MAX_HEADLINE);
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
