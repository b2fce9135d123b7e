import type { EditionApi } from '../shared/api';

declare global {
  interface Window {
    /** Present in the desktop app (preload); absent in browser mode, where HTTP is used. */
    api?: EditionApi;
  }
}

export {};
