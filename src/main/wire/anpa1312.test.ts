import { describe, expect, it } from 'vitest';
import { anpa1312Importer } from './anpa1312';
import { parseWireFile } from './import-file';
import { iptc7901Importer } from './iptc7901';
import { endLineTime } from './transmission-time';
import { fixtureBytes, importFixture, texts } from './__fixtures__/read-fixture';

describe('ANPA 1312 importer', () => {
  it("reads AP's 7-bit quotation marks as quotation marks, and a keyword with a space whole", async () => {
    const story =
      "\x16\x16\x01a0124\x1fUS sel01\nr s \x13\x11 BC-BBO-Yankees-Red Sox 0080\n\x02^Yankees beat Red Sox<\n^NEW YORK (AP) _ ``He was a giant,'' said Senate Majority Leader Tom Brown.<\n\x03AP-NY-09-10-25 1432EDT\x04";
    const [parsed] = (await parseWireFile('ap.txt', Buffer.from(story, 'latin1'))).stories;
    expect(parsed!.slugline).toBe('BC-BBO-Yankees-Red Sox');
    expect(texts(parsed!).join(' ')).toContain(
      '“He was a giant,” said Senate Majority Leader Tom Brown.',
    );
  });

  it('imports a short alert, whose framing is a tenth of its bytes (it was refused as binary)', async () => {
    const alert =
      '\x16\x16\x01a0123\x1fUS sel01\nf a \x13\x11 BC-APNewsAlert 0035\n\x02^WASHINGTON (AP) _ The Senate has confirmed John Doe as defense secretary.<\n\x03AP-NY-09-10-25 1432EDT\x04';
    const { stories } = await parseWireFile('alert.txt', Buffer.from(alert, 'latin1'));
    expect(stories).toHaveLength(1);
    expect(texts(stories[0]!).join(' ')).toContain('The Senate has confirmed John Doe');
  });

  it('reads header, headline, byline, dateline and paragraphs of an AP-style story', async () => {
    const { stories } = await importFixture('anpa.txt');
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story).toMatchObject({
      format: 'anpa1312',
      headline: 'Gale closes harbour for second day',
      byline: 'JANE ROE, Associated Press Writer',
      slugline: 'BC-Harbour-Wind',
      urgency: 5,
      subjects: ['Domestic news'],
      dateline: 'HALIFAX, Nova Scotia',
      source: 'AP',
      wireTime: '2026-03-14T12:30:00.000Z',
      wireId: null,
    });
    expect(texts(story!)).toEqual([
      'HALIFAX, Nova Scotia (AP) — A winter gale kept the port of Halifax closed for a second day Saturday, stranding three container ships and a ferry bound for Québec.',
      'Port officials said winds gusting above 100 kilometres an hour made berthing unsafe.',
      'The storm is expected to move offshore by Sunday morning.',
    ]);
  });

  it('tells ANPA from IPTC 7901 by its framing', () => {
    const anpa = fixtureBytes('anpa.txt');
    const iptc = fixtureBytes('iptc7901.txt');
    expect(anpa1312Importer.sniff(anpa)).toBe(true);
    expect(anpa1312Importer.sniff(iptc)).toBe(false);
    expect(iptc7901Importer.sniff(iptc)).toBe(true);
    // Without its SYN idles, ANPA is still known by the unit separator after the number.
    expect(anpa1312Importer.sniff(anpa.subarray(2))).toBe(true);
  });

  it.each([
    ['03-14-26 0830EDT', '2026-03-14T12:30:00.000Z'],
    ['03-14-26 0830ET', '2026-03-14T12:30:00.000Z'], // after the second Sunday of March
    ['01-14-26 0830ET', '2026-01-14T13:30:00.000Z'],
    ['AP-NY-11-02-26 1015PT', '2026-11-02T18:15:00.000Z'],
    ['141023 Mär 26', '2026-03-14T10:23:00.000Z'],
    ['03-14-26 0830XYZ', null],
  ])('reads the transmission line %s', (line, expected) => {
    expect(endLineTime(line)).toBe(expected);
  });
});
