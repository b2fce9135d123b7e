import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { embargoTime } from './text-embargo';
import { texts } from './__fixtures__/read-fixture';

const parse = async (name: string, text: string) =>
  (await parseWireFile(name, new TextEncoder().encode(text))).stories[0]!;

describe('an embargo written into the copy', () => {
  it.each([
    ['11. September 2025, 10.00 Uhr MESZ', '2025-09-11T08:00:00.000Z'],
    ['at 5 p.m. EDT, Wednesday, Sept. 10, 2025', '2025-09-10T21:00:00.000Z'],
    ['00:01 BST THURSDAY 11 SEPTEMBER 2025', '2025-09-10T23:01:00.000Z'],
    ['12:00 ч. на 14 март 2026 г.', '2026-03-14T12:00:00.000Z'],
    ['31 September 2025, 10:00', null],
    ['until further notice', null],
  ])('reads "%s"', (phrase, instant) => {
    expect(embargoTime(phrase)).toBe(instant);
  });

  it('takes the embargo line out of the headline and the text, and holds the story till then', async () => {
    const story = await parse(
      'sperrfrist.txt',
      'Sperrfrist: 11. September 2025, 10.00 Uhr MESZ\n\nIfo-Geschäftsklima steigt überraschend\n\nMünchen (dpa) - Die Stimmung hat sich verbessert.\n',
    );
    expect(story.headline).toBe('Ifo-Geschäftsklima steigt überraschend');
    expect(story.embargoUntil).toBe('2025-09-11T08:00:00.000Z');
    expect(texts(story)).toEqual(['München (dpa) - Die Stimmung hat sich verbessert.']);
  });

  it('withholds a story whose embargo time cannot be read, the line kept as a note', async () => {
    const story = await parse(
      'hold.txt',
      'ЕМБАРГО ДО ОБЯВЯВАНЕ НА РЕЗУЛТАТИТЕ\n\nИзборите приключиха\n\nСофия (БТА) - Урните бяха затворени.\n',
    );
    expect(story).toMatchObject({
      headline: 'Изборите приключиха',
      embargoUntil: null,
      pubStatus: 'withheld',
      edNote: 'ЕМБАРГО ДО ОБЯВЯВАНЕ НА РЕЗУЛТАТИТЕ',
    });
  });

  it.each([
    [
      'ap.txt',
      'EMBARGOED for release at 5 p.m. EDT, Wednesday, Sept. 10, 2025\n\nSenate passes the budget\n\nBy MARY SMITH\nAssociated Press Writer\n\nWASHINGTON (AP) — The Senate passed the budget on Wednesday.\n',
    ],
    [
      'ap.anpa',
      '\x16\x16\x01a0735\x1fcpstf\nr a\x13\x11 BC-Budget-Vote 0150 09-10 0093\r\n\x02^BC-Budget-Vote,0093<\r\n^EMBARGOED for release at 5 p.m. EDT, Wednesday, Sept. 10, 2025<\r\n^Senate passes the budget<\r\n^By MARY SMITH=\r\n^Associated Press Writer=\r\n\tWASHINGTON (AP) _ The Senate passed the budget on Wednesday.\r\n\x03AP-NY-09-10-25 1630EDT<\r\n\x04',
    ],
  ])('takes the byline and dateline under an embargo line (%s)', async (name, text) => {
    const story = await parse(name, text);
    expect(story).toMatchObject({
      headline: 'Senate passes the budget',
      byline: 'MARY SMITH, Associated Press Writer',
      dateline: 'WASHINGTON',
      source: 'AP',
      embargoUntil: '2025-09-10T21:00:00.000Z',
    });
    expect(texts(story)).toEqual(['WASHINGTON (AP) — The Senate passed the budget on Wednesday.']);
  });

  it('leaves a story about an embargo alone', async () => {
    const story = await parse(
      'oil.txt',
      'Embargo on Russian oil extended\n\nThe EU extended the embargo on Wednesday.\n',
    );
    expect(story).toMatchObject({
      headline: 'Embargo on Russian oil extended',
      embargoUntil: null,
      pubStatus: null,
    });
  });
});
