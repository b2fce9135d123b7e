import { describe, expect, it } from 'vitest';
import { hostWarning } from './serve';

describe('edition serve --host', () => {
  it('is quiet on loopback and warns for any other address', () => {
    for (const host of ['127.0.0.1', 'localhost', '::1']) expect(hostWarning(host)).toBeNull();
    for (const host of ['0.0.0.0', '192.168.1.20', '::'])
      expect(hostWarning(host)).toMatch(
        new RegExp(`^WARNING: serving on ${host.replace(/\./g, '\\.')} lets other machines`),
      );
  });
});
