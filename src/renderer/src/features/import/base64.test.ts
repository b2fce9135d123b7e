import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './base64';

function decode(base64: string): number[] {
  return Array.from(atob(base64), (char) => char.charCodeAt(0));
}

describe('bytesToBase64', () => {
  it('encodes known vectors', () => {
    const ascii = (text: string): Uint8Array =>
      new Uint8Array(Array.from(text, (c) => c.charCodeAt(0)));
    expect(bytesToBase64(ascii(''))).toBe('');
    expect(bytesToBase64(ascii('f'))).toBe('Zg==');
    expect(bytesToBase64(ascii('fo'))).toBe('Zm8=');
    expect(bytesToBase64(ascii('foobar'))).toBe('Zm9vYmFy');
  });

  it('round-trips every byte value, across chunk boundaries', () => {
    for (const size of [1, 2, 3, 24575, 24576, 24577, 100_000]) {
      const bytes = new Uint8Array(size).map((_, i) => (i * 7 + 3) % 256);
      const encoded = bytesToBase64(bytes);
      expect(encoded).not.toMatch(/=[^=]/); // padding only at the very end
      expect(decode(encoded)).toEqual(Array.from(bytes));
    }
  });

  it('passes CP1251 bytes through untouched', () => {
    const cp1251 = [0xc1, 0xd2, 0xc0, 0x20, 0xf2, 0xe5, 0xf1, 0xf2];
    expect(decode(bytesToBase64(new Uint8Array(cp1251)))).toEqual(cp1251);
  });
});
