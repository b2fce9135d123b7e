import { describe, expect, it } from 'vitest';
import { parserFault } from './parser-errors';

describe('a parser’s message, read', () => {
  it('names the XML faults wire files have, with the tags they are about', () => {
    expect(parserFault('xmlErrorAtLine', 'Opening and ending tag mismatch: "p" != "body"')).toEqual(
      { why: 'tagMismatch', values: { open: 'p', close: 'body' } },
    );
    expect(parserFault('xmlError', 'unclosed xml tag(s): nitf, body')).toEqual({
      why: 'unclosed',
      values: { tags: 'nitf, body' },
    });
    expect(
      parserFault(
        'xmlErrorAtLine',
        'Error constructing the DOM: HierarchyRequestError: Only one element can be added and only after doctype',
      ),
    ).toEqual({ why: 'twoRoots', values: {} });
    expect(parserFault('xmlErrorAtLine', 'Attribute a redefined')?.values).toEqual({ name: 'a' });
    expect(
      parserFault('xmlErrorAtLine', 'end tag name contains invalid characters: "bod y"'),
    ).toEqual({ why: 'badEndTag', values: { tag: 'bod y' } });
  });

  it('names JSON faults by where they are', () => {
    expect(parserFault('jsonError', 'Unexpected end of JSON input')?.why).toBe('jsonEnd');
    expect(
      parserFault('jsonError', `Unexpected token '}', "{"a": tru}" is not valid JSON`),
    ).toEqual({ why: 'jsonToken', values: { token: '}' } });
    expect(
      parserFault('jsonError', 'Expected double-quoted property name in JSON at position 8'),
    ).toEqual({ why: 'jsonPosition', values: { position: '8' } });
  });

  it('leaves anything else in the parser’s words', () => {
    expect(parserFault('xmlError', 'something new')).toBeNull();
    expect(parserFault('jsonError', 'Opening and ending tag mismatch: "p" != "body"')).toBeNull();
    expect(parserFault('empty', 'Unexpected end of JSON input')).toBeNull();
    expect(parserFault('xmlError', undefined)).toBeNull();
  });
});
