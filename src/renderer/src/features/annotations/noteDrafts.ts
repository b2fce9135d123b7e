/**
 * Notes being written on annotations, kept for the browser tab's session: a fact-checker who
 * switches story (or reloads) halfway through a note finds it where it was. Nothing typed is
 * lost; a note is let go once added.
 */
const PREFIX = 'edition.noteDraft.';

export function readNoteDraft(annotationId: string): string {
  try {
    return sessionStorage.getItem(PREFIX + annotationId) ?? '';
  } catch {
    return ''; // storage refused (a private window's quota): the field simply starts empty
  }
}

export function keepNoteDraft(annotationId: string, text: string): void {
  try {
    if (text === '') sessionStorage.removeItem(PREFIX + annotationId);
    else sessionStorage.setItem(PREFIX + annotationId, text);
  } catch {
    // Full or refused storage: the draft lives on in the field while it is open.
  }
}
