import { useEffect, useState } from 'react';
import { call } from '@renderer/api/client';

/** Said by the Settings dialog when it saved: what shows the author's name reads it again. */
export const SETTINGS_SAVED = 'edition:settings-saved';

export function announceSettingsSaved(): void {
  window.dispatchEvent(new Event(SETTINGS_SAVED));
}

/**
 * The name annotations and revisions are signed with (Settings): undefined until known, null
 * when none is set. Read again when the Settings dialog saves.
 */
export function useAuthorName(): string | null | undefined {
  const [name, setName] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    const load = (): void => {
      call('settings.get', {}).then(
        (settings) => {
          if (live) setName(settings.authorName?.trim() || null);
        },
        // Not known: no hint rather than a wrong one.
        () => undefined,
      );
    };
    load();
    window.addEventListener(SETTINGS_SAVED, load);
    return () => {
      live = false;
      window.removeEventListener(SETTINGS_SAVED, load);
    };
  }, []);
  return name;
}
