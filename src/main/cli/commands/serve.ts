import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { startIngestServices } from '../../ingest/services';
import { claimServing } from '../../store/serving-lock';
import { startBrowserMode } from '../../transports/http';
import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

export async function serveCommand(
  session: CliSession,
  out: Output,
  options: { port?: string; host?: string },
): Promise<number> {
  // The arguments first: a mistyped port is said whatever else is missing.
  const port =
    options.port === undefined || options.port === '0' ? 0 : parseId(options.port, '--port');
  if (port > 65535) throw new Error(`--port must be at most 65535, not "${options.port}"`);
  const rendererDir = findRenderer();
  const host = options.host ?? '127.0.0.1';
  const warning = hostWarning(host);
  if (warning) out.info(warning);
  const server = await startBrowserMode({ ctx: session.ctx, rendererDir, host, port });
  const release = claimServing(session.dbPath);
  // The serving process is "the app": it keeps the watched folder and the feed schedule going.
  const services = await startIngestServices(session.ctx, (line) => out.info(line));
  out.data(
    { url: server.url, db: session.dbPath },
    () => `Edition is running at ${server.url}\nDatabase: ${session.dbPath}\nPress Ctrl+C to stop.`,
  );
  await new Promise<void>((done) => {
    const stop = () =>
      void Promise.all([server.close(), services.stop()]).then(() => {
        release();
        done();
      });
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

/** Serving beyond loopback is allowed, never silent. */
export function hostWarning(host: string): string | null {
  return LOOPBACK.has(host)
    ? null
    : `WARNING: serving on ${host} lets other machines on the network reach Edition; anyone with the URL's token can read and change the database.`;
}

/** The built renderer: beside the built CLI (out/main → out/renderer) or in a checkout's out/. */
function findRenderer(): string {
  const candidates = [
    process.env.EDITION_RENDERER_DIR,
    resolve(__dirname, '../renderer'),
    resolve(__dirname, '../../../../out/renderer'),
    resolve(process.cwd(), 'out/renderer'),
  ].filter((candidate): candidate is string => Boolean(candidate));
  const found = candidates.find((candidate) => existsSync(resolve(candidate, 'index.html')));
  if (!found)
    throw new Error(
      'serve: the renderer is not built yet; run "npm run build" (or use "npm run serve")',
    );
  return found;
}
