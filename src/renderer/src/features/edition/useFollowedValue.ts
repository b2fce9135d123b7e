import { useState, type Dispatch, type SetStateAction } from 'react';

/**
 * A field's value on screen that follows what main stores (changed in another window, by an
 * undo, by a save's answer) unless the field holds typing not yet saved — waiting, on its way,
 * or failed — which then stays, and is what is saved over the stored value. Worked out while
 * rendering, as React advises for state that follows a prop.
 *
 * `shows`: whether the value on screen already stands for the stored one (a title saved
 * trimmed), so that it is left as typed rather than rewritten under the caret.
 */
export function useFollowedValue<T>(
  stored: T,
  unsaved: boolean,
  shows: (value: T, stored: T) => boolean = Object.is,
): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState(stored);
  const [synced, setSynced] = useState(stored);
  if (!Object.is(stored, synced)) {
    setSynced(stored);
    if (!unsaved && !shows(value, stored)) setValue(stored);
  }
  return [value, setValue];
}
