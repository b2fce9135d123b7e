import { describe, expect, it } from 'vitest';
import { httpPost } from './http-transport';

describe('browser mode’s HTTP requests', () => {
  it('answers "unreachable" when Edition cannot be reached (stopped, network gone)', async () => {
    const post = httpPost(null, () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await post('stories.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unreachable' },
    });
  });

  it('answers "unauthorized" when the token is refused (Edition restarted with a new one)', async () => {
    const post = httpPost('old', () =>
      Promise.resolve(new Response('Unauthorized: missing or wrong token.', { status: 401 })),
    );
    expect(await post('stories.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });

  it('passes main’s own answers through, and says what an unreadable one was', async () => {
    const ok = httpPost('t', () =>
      Promise.resolve(new Response(JSON.stringify({ ok: true, value: 7 }), { status: 200 })),
    );
    expect(await ok('stories.list', {})).toEqual({ ok: true, value: 7 });
    const garbled = httpPost('t', () => Promise.resolve(new Response('<html>', { status: 502 })));
    expect(await garbled('stories.list', {})).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringMatching(/HTTP 502/) },
    });
  });
});
