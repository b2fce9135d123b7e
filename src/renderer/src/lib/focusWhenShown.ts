import { byTestId } from './refocusIfDropped';

/**
 * Focuses the control with this test id once it is shown (in a dialog opening), looking a frame
 * at a time for about a second. Unlike refocusIfDropped, the focus is taken from wherever the
 * opening put it (the dialog's first field): the caller asked for this control.
 */
export function focusWhenShown(testId: string, framesLeft = 60): void {
  const control = byTestId(testId)();
  if (control) control.focus();
  else if (framesLeft > 0) requestAnimationFrame(() => focusWhenShown(testId, framesLeft - 1));
}
