/**
 * The renderer's one way to reach main: `window.api` in the desktop app, its HTTP twin in
 * browser mode. Both answer `Result`s; `call` unwraps them and throws AppError on failure.
 */
import type { EditionApi, RequestName, RequestOf, ResponseOf } from '@shared/api';
import { REQUEST_NAMES } from '@shared/api';
import { unwrap, type Result } from '@shared/errors';
import { httpPost } from './http-transport';
import { browserModeToken } from './token';

function httpApi(): EditionApi {
  const post = httpPost(browserModeToken());
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
