import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll } from 'vitest';

/**
 * An HTTP server on 127.0.0.1 for the tests around the call (a file, or the describe it is made
 * in): listening before they run, closed after them, its open connections too. `base` is its
 * address (http://127.0.0.1:port), known once it listens.
 */
export function localServer(handler: RequestListener): { readonly base: string } {
  const server = createServer(handler);
  let base: string | null = null;
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  return {
    get base(): string {
      if (base === null) throw new Error('the local server is not listening yet');
      return base;
    },
  };
}
