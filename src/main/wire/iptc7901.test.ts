import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { IPTC_MESSAGES } from './__fixtures__/fixture-texts';
import { importFixture, texts } from './__fixtures__/read-fixture';

describe('IPTC 7901 importer', () => {
  it('refuses a message without text, or cut off before it, saying so', async () => {
    for (const bytes of [
      '\x01bdt0123 4 pl 245 dpa 0456\r\nRegierung/\r\n\x02\r\n\x03101430 Sep 25\x04',
      '\x01bdt0123 4 pl 245 dpa 0456\r\nRegierung/\r\n',
    ])
      await expect(parseWireFile('empty.txt', Buffer.from(bytes, 'latin1'))).rejects.toThrow(
        'the IPTC 7901 file holds no message text',
      );
  });

  it('reads BTA and TASS datelines with the agency between slashes', async () => {
    const frame = (text: string) => `\x01bdt0123 4 pl 245 ag 0456\r\n\x02${text}\r\n\x03`;
    for (const [text, dateline, source] of [
      ['МОСКВА, 10 сентября. /ТАСС/. Президент России провел совещание.', 'МОСКВА', 'ТАСС'],
      ['София, 10 септември /БТА/ - Правителството одобри бюджета.', 'София', 'БТА'],
    ] as const) {
      const [story] = (await parseWireFile('slashed.txt', Buffer.from(frame(text)))).stories;
      expect(story).toMatchObject({ dateline, source });
    }
  });

  it('reads each SOH … ETX message of a Latin-1 file as a story', async () => {
    const { stories } = await importFixture('iptc7901.txt');
    expect(stories).toHaveLength(2);
    stories.forEach((story, index) => {
      const expected = IPTC_MESSAGES[index]!;
      expect(story.format).toBe('iptc7901');
      expect(story.headline).toBe(expected.headline);
      expect(story.slugline).toBe(expected.slugline);
      // Indented lines open paragraphs; wrapped lines join; the sign-off and date line go.
      expect(texts(story)).toEqual(expected.paragraphs);
    });
    expect(stories[0]).toMatchObject({
      urgency: 4,
      subjects: ['pl'],
      dateline: 'Berlin',
      source: 'dpa',
      language: 'de', // guessed from the text: the dpa story is German
      wireTime: '2026-03-14T10:23:00.000Z',
    });
    expect(stories[1]).toMatchObject({
      urgency: 2,
      subjects: ['wi'],
      dateline: 'Frankfurt/Main',
      wireTime: '2026-03-14T17:45:00.000Z',
    });
    // eslint-disable-next-line no-control-regex -- no framing character may reach the text
    expect(JSON.stringify(stories)).not.toMatch(/[\u0001-\u0004]|\\u000[1-4]/);
  });

  it('decodes a windows-1251 message from its bytes', async () => {
    const message =
      '\u0001bta0042 3 pol 60\r\nПарламент/Бюджет\r\n\u0002Парламентът прие бюджета за догодина=\r\n' +
      '   София (БТА) - Народното събрание прие на второ четене бюджета за\r\n' +
      'следващата година. Депутатите гласуваха късно вечерта след дълъг дебат.\r\n' +
      '   Опозицията обяви, че ще сезира Конституционния съд.\r\n\u0003141930 мар 26\r\n\u0004';
    const { stories, charset } = await parseWireFile(
      'bta.ipt',
      iconv.encode(message, 'windows-1251'),
    );
    // Recorded with the story, as for every decoded file ("how it came", in the wire details).
    expect(charset).toBe('windows-1251');
    expect(stories[0]).toMatchObject({
      headline: 'Парламентът прие бюджета за догодина',
      slugline: 'Парламент/Бюджет',
      dateline: 'София',
      source: 'БТА',
      language: 'bg',
      urgency: 3,
      wireTime: '2026-03-14T19:30:00.000Z',
    });
    expect(texts(stories[0]!)[1]).toBe('Опозицията обяви, че ще сезира Конституционния съд.');
  });
});
