import type { RequestName, RequestOf, ResponseOf } from '../../src/shared/api';

/**
 * Browser mode's API from the test process, as the app's client calls it: POST /api/<name>
 * with the token the server printed in its URL. Used to type payloads where an editor would
 * (annotation notes, edition fields) without a few hundred UI round trips. The benchmarks
 * (bench/) seed their databases with it too, so it must stay free of test fixtures.
 */
export function apiClient(serverUrl: string) {
  const url = new URL(serverUrl);
  const token = url.searchParams.get('token') ?? '';
  return async <K extends RequestName>(name: K, req: RequestOf<K>): Promise<ResponseOf<K>> => {
    const response = await fetch(`${url.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-edition-token': token },
      body: JSON.stringify(req),
    });
    const result = (await response.json()) as
      { ok: true; value: ResponseOf<K> } | { ok: false; error: { message: string } };
    if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
    return result.value;
  };
}
