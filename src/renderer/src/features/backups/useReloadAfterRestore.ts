import { useEffect } from 'react';
import type { Events } from '@shared/events';
import { listenToMain } from '@renderer/api/events';

/**
 * A backup restored from another window (or another browser tab on `edition serve`) replaced
 * the whole database: every list, open story and edition here describes the old one. Starting
 * the page afresh is the only honest picture.
 */
export function useReloadAfterRestore(): void {
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'stories.changed') return;
        if ((message.payload as Events['stories.changed']).reason === 'restore')
          window.location.reload();
      }),
    [],
  );
}
