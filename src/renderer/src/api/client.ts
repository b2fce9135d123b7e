/**
 * The renderer's one way to reach main: `window.api` in the desktop app, its HTTP twin in
 * browser mode. Both answer `Result`s; `call` unwraps them and throws AppError on failure.
 */
import type { EditionApi, RequestName, RequestOf, ResponseOf } from '@shared/api';
import { REQUEST_NAMES } from '@shared/api';
import { unwrap, type Result } from '@shared/errors';
import { browserModeToken } from './token';

function httpApi(): EditionApi {
  const token = browserModeToken();
  const post = async (name: RequestName, req: unknown): Promise<Result<unknown>> => {
    const response = await fetch(`/api/${name}`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { 'X-Edition-Token': token } : {}),
      },
      body: JSON.stringify(req ?? {}),
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
