/**
 * The renderer's one way to reach main: `window.api` in the desktop app, its HTTP twin in
 * browser mode. Both answer `Result`s; `call` unwraps them and throws AppError on failure.
 */
import type { EditionApi, RequestName, RequestOf, ResponseOf } from '@shared/api';
import { REQUEST_NAMES } from '@shared/api';
import { unwrap, type Result } from '@shared/errors';
import { browserModeToken } from './token';

/** Under the browsers' 64 KB for requests outliving their page, counting UTF-8's two bytes. */
const KEEPALIVE_MAX_CHARS = 24_000;

function httpApi(): EditionApi {
  const token = browserModeToken();
  const post = async (name: RequestName, req: unknown): Promise<Result<unknown>> => {
    const body = JSON.stringify(req ?? {});
    const response = await fetch(`/api/${name}`, {
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
    const text = await response.text();
    try {
      return JSON.parse(text) as Result<unknown>;
    } catch {
      return {
        ok: false,
        error: { code: 'internal', message: `HTTP ${response.status}: ${text.slice(0, 200)}` },
      };
    }
  };
  return Object.fromEntries(
    REQUEST_NAMES.map((name) => [name, (req: unknown) => post(name, req)]),
  ) as EditionApi;
}

const transport: EditionApi = window.api ?? httpApi();

export async function call<K extends RequestName>(
  name: K,
  req: RequestOf<K>,
): Promise<ResponseOf<K>> {
  const answer = (await transport[name](req)) as Result<ResponseOf<K>>;
  return unwrap(answer);
}
