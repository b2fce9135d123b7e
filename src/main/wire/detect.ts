/**
 * Markdown or plain text, for content that is neither markup nor data: agencies send .txt files
 * that are Markdown, and files with no extension at all.
 */
export function detectFormat(fileName: string, text: string): 'markdown' | 'text' {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (extension === 'md' || extension === 'markdown') return 'markdown';
  return looksLikeMarkdown(text) ? 'markdown' : 'text';
}

function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 4000);
  const markers = [
    /^#{1,6} \S/m, // ATX heading
    /^\s*[-*+] \S.*\n\s*[-*+] \S/m, // a bullet list of two items or more
    /\[[^\]\n]+\]\((https?:|mailto:)[^)\s]+\)/, // inline link
    /\*\*[^*\n]+\*\*/, // strong emphasis
  ];
  return (
    markers.filter((marker) => marker.test(head)).length >= 2 || /^# \S/.test(head.trimStart())
  );
}
