import type { StoryFormat } from '../../shared/model';
import { ImportError } from './types';

/**
 * Picks the format from the content first and the file name second: agencies send .txt files
 * that are Markdown and files with no extension at all.
 */
export function detectFormat(fileName: string, text: string): StoryFormat {
  const structured = structuredKind(text);
  if (structured) throw new ImportError(`${structured} is not a format Edition imports yet`);
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

/** Markup and data formats that must not be imported as if they were prose. */
function structuredKind(text: string): string | null {
  const head = text.trimStart().slice(0, 512).toLowerCase();
  if (head.startsWith('<?xml') || /^<(rss|feed|newsitem|newsmessage|nitf|newsml)\b/.test(head))
    return 'XML';
  if (head.startsWith('<!doctype html') || head.startsWith('<html')) return 'HTML';
  if (/^[{[]/.test(head)) {
    try {
      JSON.parse(text);
      return 'JSON';
    } catch {
      return null;
    }
  }
  return null;
}
