import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { allowedHostsFor } from './http-guard';

describe('the hosts browser mode answers to', () => {
  it('is loopback by name and number on the default address', () => {
    expect([...allowedHostsFor('127.0.0.1', 4710)].sort()).toEqual([
      '127.0.0.1:4710',
      'localhost:4710',
    ]);
  });

  it('writes an IPv6 address in brackets, as a browser sends it', () => {
    expect(allowedHostsFor('::1', 4710)).toContain('[::1]:4710');
    expect(allowedHostsFor('fd00::2', 4710)).toContain('[fd00::2]:4710');
  });

  it('answers to this machine’s own addresses when bound to all of them (LAN sharing)', () => {
    const own = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address !== undefined)
      .map((address) =>
        address.family === 'IPv6' ? `[${address.address}]:4710` : `${address.address}:4710`,
      );
    for (const wildcard of ['0.0.0.0', '::']) {
      const allowed = allowedHostsFor(wildcard, 4710);
      expect(allowed).toContain('127.0.0.1:4710');
      expect(allowed).toContain('localhost:4710');
      for (const address of own) expect(allowed).toContain(address.toLowerCase());
      expect(allowed).not.toContain('evil.example:4710');
    }
  });
});
