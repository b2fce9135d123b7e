import { describe, expect, it } from 'vitest';
import { markedBody } from '../test/marked-body';
import { detectQuotes } from './detect';
import { openSuggestions } from './open-suggestions';

describe('open suggestions', () => {
  it('keeps a quote dismissed while its text still ended in the comma before the attribution', () => {
    const text = '"We will not retreat," the minister said.';
    const detected = detectQuotes(text, 'en');
    const body = markedBody([text]);
    expect(openSuggestions(detected, body, [], new Set())).toHaveLength(1);
    // Dismissed by an earlier Edition, which stored the quote with its trailing comma.
    expect(openSuggestions(detected, body, [], new Set(['We will not retreat,']))).toEqual([]);
    expect(openSuggestions(detected, body, [], new Set(['We will not retreat']))).toEqual([]);
  });
});
