import type { RequestName } from '@shared/api';
import type { Result } from '@shared/errors';

/** Under the browsers' 64 KB for requests outliving their page, counting UTF-8's two bytes. */
const KEEPALIVE_MAX_CHARS = 24_000;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

/**
 * One request of browser mode over HTTP, answered as a Result whatever happens on the way:
 * Edition out of reach (`unreachable`) and a refused token (`unauthorized`, after a restart)
 * have codes of their own, so the window can say them in its language.
 */
export function httpPost(
  token: string | null,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): (name: RequestName, req: unknown) => Promise<Result<unknown>> {
  return async (name, req) => {
    const body = JSON.stringify(req ?? {});
    let response: Response;
    try {
      response = await fetchImpl(`/api/${name}`, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          ...(token ? { 'X-Edition-Token': token } : {}),
        },
        body,
        // A save sent as the page goes away (reload, tab closed) still arrives; browsers allow
        // this only for bodies up to 64 KB in all, so a long story's body goes as before.
        keepalive: body.length < KEEPALIVE_MAX_CHARS,
      });
    } catch (error) {
      return { ok: false, error: { code: 'unreachable', message: (error as Error).message } };
    }
    const text = await response.text();
    if (response.status === 401)
      return { ok: false, error: { code: 'unauthorized', message: text.slice(0, 200) } };
    try {
      return JSON.parse(text) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: `HTTP ${response.status}: ${text.slice(0, 200)}` },
      };
    }
  };
}
