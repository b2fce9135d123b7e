/**
 * A restore reopens the story in a fresh editor, and the panel the restore was chosen in goes
 * with the old one: the keyboard would be left on the page's top. The restoring panel leaves
 * word here; the new panel of that story takes the focus back.
 */
let restoredStory: number | null = null;

export function markRestored(storyId: number): void {
  restoredStory = storyId;
}

/** Whether this story was just restored from its revisions panel (asked once). */
export function takeRestored(storyId: number): boolean {
  if (restoredStory !== storyId) return false;
  restoredStory = null;
  return true;
}
