import { describe, expect, it } from 'vitest';
import { parseWireDate, wireDay } from './dates';
import { parseWireFile } from './import-file';

describe('wire dates', () => {
  it('reads two-digit years as RFC 2822 does, and leaves an impossible day unread', () => {
    expect(parseWireDate('Thu, 31 Dec 98 18:00:00 GMT')).toBe('1998-12-31T18:00:00.000Z');
    expect(parseWireDate('Sat, 14 Mar 26 08:30:00 GMT')).toBe('2026-03-14T08:30:00.000Z');
    expect(parseWireDate('31.12.98')).toBe('1998-12-31T00:00:00.000Z');
    expect(parseWireDate('Wed, 31 Sep 2025 18:00:00 GMT')).toBeNull();
  });

  it('reads a zoneless time in a form only Date knows as UTC, on a machine in any zone', () => {
    const zone = process.env.TZ;
    try {
      for (const machine of ['UTC', 'Europe/Sofia', 'America/New_York']) {
        process.env.TZ = machine;
        expect(parseWireDate('November 26, 2025 01:30'), machine).toBe('2025-11-26T01:30:00.000Z');
        // A zone written in the value still counts.
        expect(parseWireDate('November 26, 2025 01:30 GMT+0200'), machine).toBe(
          '2025-11-25T23:30:00.000Z',
        );
      }
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    }
  });

  it.each([
    ['Sat, 14 Mar 2026 08:30:00 GMT', '2026-03-14T08:30:00.000Z'],
    ['Sat, 14 Mar 2026 10:30:00 +0200', '2026-03-14T08:30:00.000Z'],
    ['14 Mar 26 08:30 EST', '2026-03-14T13:30:00.000Z'],
    ['Пт, 13 мар 2026 18:27:00 +0300', '2026-03-13T15:27:00.000Z'],
    ['13 марта 2026 18:27:00', '2026-03-13T18:27:00.000Z'],
    ['Mi, 04 Mär 2026 12:00:00 +0100', '2026-03-04T11:00:00.000Z'],
    ['2026-03-14T10:30:00+02:00', '2026-03-14T08:30:00.000Z'],
    ['2026-03-14T08:30:00Z', '2026-03-14T08:30:00.000Z'],
    ['2026-03-14T08:30:00', '2026-03-14T08:30:00.000Z'],
    ['2026-03-14 08:30', '2026-03-14T08:30:00.000Z'],
    ['2026-03-14', '2026-03-14T00:00:00.000Z'],
    ['20260314T093000+0100', '2026-03-14T08:30:00.000Z'],
    ['20260314', '2026-03-14T00:00:00.000Z'],
    // Numeric dates are day first, as written in Bulgaria, Russia and most of Europe.
    ['10.06.2025 04:00', '2025-06-10T04:00:00.000Z'],
    ['10/06/2025 04:00', '2025-06-10T04:00:00.000Z'],
    ['25.12.2025', '2025-12-25T00:00:00.000Z'],
    ['10-06-2025 04:00:30 +0300', '2025-06-10T01:00:30.000Z'],
    // …unless the second number cannot be a month.
    ['06/25/2025 16:00', '2025-06-25T16:00:00.000Z'],
    ['10 сентября 2025 г. 10:00', '2025-09-10T10:00:00.000Z'],
    ['10/06/2025 04:00 PM', '2025-06-10T16:00:00.000Z'],
    ['10/06/2025 12:30 am', '2025-06-10T00:30:00.000Z'],
    ['10.06.25', '2025-06-10T00:00:00.000Z'],
    ['10.06.2025 04:00:00.000', '2025-06-10T04:00:00.000Z'],
    ['10 сентября 2025, 10:00', '2025-09-10T10:00:00.000Z'],
  ])('reads %s', (input, expected) => {
    expect(parseWireDate(input)).toBe(expected);
  });

  it.each([
    '',
    'yesterday',
    '31/02/2026 25:99',
    '99 Foo 2026',
    '12345',
    '2026-13-45',
    '10.06.2025 4 o’clock',
  ])('returns null for %j instead of throwing', (input) => {
    expect(parseWireDate(input)).toBeNull();
  });
});

describe("a story's day, where it was filed", () => {
  it.each([
    ['20251127T013000+0200', '2025-11-27'], // NITF: 23:30 UTC on the 26th
    ['Thu, 27 Nov 2025 01:30:00 +0200', '2025-11-27'],
    ['Thu, 27 Nov 2025 01:30:00 EET', '2025-11-27'],
    ['2025-11-27T01:30:00+02:00', '2025-11-27'],
    ['Wed, 26 Nov 2025 20:00:00 EST', '2025-11-26'], // 01:00 UTC on the 27th
    ['2025-11-26T23:30:00Z', '2025-11-26'],
    ['2025-11-27', '2025-11-27'],
    ['27.11.2025 01:30', '2025-11-27'],
    ['Thu, 27 Nov 2025 01:30:00 +0200 (EET)', '2025-11-27'], // mail's zone comment
    ['Thu, 27 Nov 2025 01:30:00 +0200 (EET) (sent)', '2025-11-27'],
    ['not a date', null],
  ])('%s is the %s', (written, day) => {
    expect(wireDay(written)).toBe(day);
  });

  it('files a story sent in Sofia after midnight under that morning, in every format', async () => {
    const nitf = `<nitf><head><docdata><doc-id id-string="N-1"/><date.issue norm="20251127T013000+0200"/></docdata></head>
      <body><body.head><hedline><hl1>Нощна новина</hl1></hedline></body.head><body.content><p>Текст.</p></body.content></body></nitf>`;
    const rss = `<rss version="2.0"><channel><title>T</title><link>https://t.example/</link><item><title>Нощна</title>
      <guid>https://t.example/1</guid><pubDate>Thu, 27 Nov 2025 01:30:00 +0200</pubDate><description>Текст.</description></item></channel></rss>`;
    const mail = [
      'From: Desk <desk@bta.example>',
      'To: news@paper.example',
      'Subject: Нощна',
      'Date: Thu, 27 Nov 2025 01:30:00 +0200',
      'Message-ID: <n-1@bta.example>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Текст.',
    ].join('\r\n');
    const ninjs = JSON.stringify({
      uri: 'urn:n:1',
      type: 'text',
      versioncreated: '2025-11-27T01:30:00+02:00',
      headline: 'Нощна',
      body_text: 'Текст.',
    });
    for (const [name, text] of [
      ['n.xml', nitf],
      ['r.xml', rss],
      ['n.json', ninjs],
      ['m.eml', mail],
    ] as const) {
      const [story] = (await parseWireFile(name, Buffer.from(text))).stories;
      expect([name, story!.storyDate, story!.wireTime]).toEqual([
        name,
        '2025-11-27',
        '2025-11-26T23:30:00.000Z',
      ]);
    }
  });
});
