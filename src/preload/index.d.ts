import type { EditionApi } from '../shared/api';
import type { EventMessage } from '../shared/events';

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in browser mode, where HTTP is used. */
    api?: EditionApi;
    /** Pushes from main in the desktop app; browser mode uses /api/events instead. */
    events?: { listen(listener: (message: EventMessage) => void): () => void };
  }
}

export {};
