import { protocol } from 'electron';
import { readStatic } from '../transports/static-files';

/**
 * The window's page comes from `edition://app/`, a privileged standard scheme served from the
 * built renderer folder, not from file:// (Electron's security checklist, item 18): a page
 * on file:// could read any file the user can, were it ever made to load one. Paths that climb
 * out of the folder are refused by readStatic, as in browser mode.
 */
export const APP_SCHEME = 'edition';
export const APP_ENTRY = `${APP_SCHEME}://app/index.html`;

/**
 * Must run before the app is ready. corsEnabled because Vite's <script type="module"
 * crossorigin> loads the bundle in CORS mode, which Chromium refuses for a scheme it does not
 * know as CORS-capable (the configuration apps serving a Vite build this way use). It only lets
 * other origins read these files — the public, built renderer; the window loads nothing else.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true },
    },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = url.host === 'app' ? await readStatic(rendererDir, url.pathname) : null;
    if (!file) return new Response('Not found', { status: 404 });
    return new Response(new Uint8Array(file.body), {
      headers: { 'Content-Type': file.type, 'X-Content-Type-Options': 'nosniff' },
    });
  });
}
