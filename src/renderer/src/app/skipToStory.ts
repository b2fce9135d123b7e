/**
 * Puts the keyboard in the open story's text (else on the story pane): from the inbox, every
 * story is a Tab stop of its own, fifty of them on a busy morning.
 */
export function skipToStory(): void {
  const text = document.querySelector<HTMLElement>('.pane--editor [contenteditable="true"]');
  const target = text ?? document.querySelector<HTMLElement>('.pane--editor');
  target?.focus();
}
