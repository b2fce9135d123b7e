import { isTextEntryTarget } from '@renderer/lib/textEntry';
import type { PastedContent } from './importItems';

/** Where a paste belongs to the field, editor or open dialog that has focus, not to the inbox. */
export function claimsPaste(target: EventTarget | null): boolean {
  if (isTextEntryTarget(target)) return true;
  return (
    typeof (target as Element | null)?.closest === 'function' &&
    (target as Element).closest('dialog[open]') !== null
  );
}

/** Text from HTML, for a clipboard that carries only HTML. */
export function htmlToText(html: string): string {
  if (typeof DOMParser !== 'undefined') {
    const document = new DOMParser().parseFromString(html, 'text/html');
    return (document.body.innerText || document.body.textContent || '').trim();
  }
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a paste carries, read as `text/html` and `text/plain`; null when it carries no text. */
export function pastedContent(getData: (type: string) => string): PastedContent | null {
  const html = getData('text/html').trim();
  let text = getData('text/plain');
  if (!text.trim() && html) text = htmlToText(html);
  if (!text.trim()) return null;
  return html ? { text, html } : { text };
}

export type ClipboardRead =
  | { kind: 'content'; content: PastedContent }
  | { kind: 'empty' }
  /** The browser refused (no permission, not focused, not a secure context). */
  | { kind: 'denied' }
  /** This browser has no clipboard reading at all. */
  | { kind: 'unsupported' };

interface ClipboardLike {
  read?: () => Promise<{ types: readonly string[]; getType(type: string): Promise<Blob> }[]>;
  readText?: () => Promise<string>;
}

/**
 * Reads the clipboard for the "Paste as story" button: HTML and text where the browser allows
 * `read()`, else text alone with `readText()`. A refusal is an answer, not an exception.
 */
export async function readClipboard(clipboard: ClipboardLike | undefined): Promise<ClipboardRead> {
  if (!clipboard || (!clipboard.read && !clipboard.readText)) return { kind: 'unsupported' };
  let refused = false;
  if (clipboard.read) {
    try {
      const items = await clipboard.read();
      let html = '';
      let text = '';
      for (const item of items) {
        if (!html && item.types.includes('text/html'))
          html = await (await item.getType('text/html')).text();
        if (!text && item.types.includes('text/plain'))
          text = await (await item.getType('text/plain')).text();
      }
      const content = pastedContent((type) => (type === 'text/html' ? html : text));
      return content ? { kind: 'content', content } : { kind: 'empty' };
    } catch {
      refused = true;
    }
  }
  if (clipboard.readText) {
    try {
      const text = await clipboard.readText();
      return text.trim() ? { kind: 'content', content: { text } } : { kind: 'empty' };
    } catch {
      refused = true;
    }
  }
  return refused ? { kind: 'denied' } : { kind: 'unsupported' };
}
