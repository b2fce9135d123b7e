/**
 * Whether the target is a field or the editor, where typed keys and pasted text are the user's
 * text: app-wide keys (such as ? for the shortcuts sheet) and paste-to-import leave it alone.
 */
export function isTextEntryTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const element = target as HTMLElement;
  if (element.isContentEditable) return true;
  return (
    element.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"])') !==
    null
  );
}
