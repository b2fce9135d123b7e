import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { ATTACHED_STORY, MAIL } from './__fixtures__/fixture-texts';
import { importFixture, texts } from './__fixtures__/read-fixture';

describe('e-mail importer', () => {
  it('cuts the signature at "-- " only: a bare "--" line between two briefs is copy', async () => {
    const mail = (separator: string) =>
      new TextEncoder().encode(
        [
          'From: Desk <desk@bta.example>',
          'Subject: Briefs',
          'Date: Sat, 14 Mar 2026 08:55:00 +0200',
          'Content-Type: text/plain; charset=utf-8',
          '',
          'First brief: the council met on Wednesday to discuss the budget.',
          '',
          separator,
          '',
          'Second brief: the mayor resigned after a scandal.',
          '',
        ].join('\r\n'),
      );
    const bare = (await parseWireFile('bare.eml', mail('--'))).stories[0]!;
    expect(texts(bare).join('\n')).toContain('Second brief: the mayor resigned');
    const signed = (await parseWireFile('signed.eml', mail('-- '))).stories[0]!;
    expect(texts(signed).join('\n')).not.toContain('Second brief');
  });

  describe('a message forwarded inline is the original', () => {
    const mail = (contentType: string, body: string[]) =>
      new TextEncoder().encode(
        [
          'From: Desk Editor <editor@24chasa.example>',
          'To: import@24chasa.example',
          'Subject: Fwd: Нова линия на метрото',
          'Date: Sat, 14 Mar 2026 09:00:00 +0200',
          `Content-Type: ${contentType}; charset=utf-8`,
          '',
          ...body,
          '',
        ].join('\r\n'),
      );
    const original = {
      headline: 'Нова линия на метрото',
      source: 'БТА Новини',
      wireTime: '2026-03-14T06:30:00.000Z',
      edNote: 'За утрешния брой.',
      dateline: 'София',
    };
    const paragraphs = [
      'София (БТА) - Третата линия на метрото беше открита в събота.',
      'Хиляди се возиха в първия ден.',
    ];

    it('in plain text, as Gmail writes it in Bulgarian', async () => {
      const body = [
        'За утрешния брой.',
        '',
        '---------- Препратено съобщение ---------',
        'От: БТА Новини <news@bta.example>',
        'Date: сб, 14 Mar 2026 at 08:30',
        'Subject: Нова линия на метрото',
        'To: <desk@24chasa.example>',
        '',
        '',
        paragraphs[0]!,
        '',
        paragraphs[1]!,
      ];
      const story = (await parseWireFile('fwd.eml', mail('text/plain', body))).stories[0]!;
      expect(story).toMatchObject(original);
      expect(texts(story)).toEqual(paragraphs);
    });

    it('in HTML, each line of the block a paragraph of its own', async () => {
      const body = [
        '<div dir="ltr">За утрешния брой.<br><br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>From: <strong class="gmail_sendername">БТА Новини</strong> <span>&lt;<a href="mailto:news@bta.example">news@bta.example</a>&gt;</span><br>Date: Sat, 14 Mar 2026 at 08:30<br>Subject: Нова линия на метрото<br>To: &lt;<a href="mailto:desk@24chasa.example">desk@24chasa.example</a>&gt;<br></div><br><br>',
        `<p>${paragraphs[0]}</p><p>${paragraphs[1]}</p></div></div>`,
      ];
      const story = (await parseWireFile('fwd.eml', mail('text/html', body))).stories[0]!;
      expect(story).toMatchObject(original);
      expect(texts(story)).toEqual(paragraphs);
    });

    it("as Outlook writes it, with the original's time zone", async () => {
      const body = [
        '-----Original Message-----',
        'From: БТА Новини [mailto:news@bta.example]',
        'Sent: Saturday, March 14, 2026 8:30 AM +0100',
        'To: Desk',
        'Subject: RE: Нова линия на метрото',
        '',
        paragraphs[0]!,
      ];
      const story = (await parseWireFile('fwd.eml', mail('text/plain', body))).stories[0]!;
      expect(story).toMatchObject({
        ...original,
        wireTime: '2026-03-14T07:30:00.000Z',
        edNote: null,
      });
      expect(texts(story)).toEqual([paragraphs[0]]);
    });

    it('leaves a rule of underscores without a header under it in the text', async () => {
      const body = ['Първа новина.', '', '_'.repeat(30), '', 'Втора новина.'];
      const story = (await parseWireFile('rule.eml', mail('text/plain', body))).stories[0]!;
      expect(story.source).toBe('Desk Editor');
      expect(texts(story)).toEqual(['Първа новина.', '_'.repeat(30), 'Втора новина.']);
    });
  });

  it('reads a multipart/alternative message: subject, sender, date and the HTML part', async () => {
    const parsed = await importFixture('message.eml');
    expect(parsed.stories).toHaveLength(1);
    const [story] = parsed.stories;
    expect(story).toMatchObject({
      format: 'eml',
      headline: 'Нова линия на метрото отваря през май',
      source: MAIL.fromName,
      wireTime: '2026-03-14T06:55:00.000Z',
      storyDate: '2026-03-14',
      wireId: '20260314085500.1234@bta.example',
      language: 'bg',
      media: [],
    });
    // The HTML part's <title> and <style> are not text; its tracking pixel is not media.
    expect(texts(story!)).toEqual(MAIL.paragraphs);
  });

  it('imports an attached wire file as its own story; the cover note becomes its note', async () => {
    const { stories } = await importFixture('message-with-attachment.eml');
    expect(stories).toHaveLength(1);
    const [story] = stories;
    expect(story).toMatchObject({
      format: 'text',
      headline: ATTACHED_STORY.headline,
      // The text file does not say who sent it or when; the mail does.
      source: MAIL.fromName,
      wireTime: '2026-03-14T09:20:00.000Z',
    });
    expect(texts(story!)).toEqual(ATTACHED_STORY.paragraphs);
    expect(story!.edNote).toContain(MAIL.cover);
    expect(story!.edNote).toContain('Attachment stats.json not imported');
    expect(story!.edNote).not.toContain('+359'); // the signature is not part of the note
    expect(story!.media).toEqual([
      { kind: 'picture', uri: 'cid:park@bta.example', caption: 'park.gif', mimeType: 'image/gif' },
    ]);
  });

  it('reads every message of an mbox', async () => {
    const message = (subject: string) =>
      `From: Desk <desk@wire.example>\nSubject: ${subject}\nDate: Sat, 14 Mar 2026 08:00:00 +0000\nMIME-Version: 1.0\n\nText of ${subject}.\n`;
    const mbox = `From desk@wire.example Sat Mar 14 08:00:00 2026\n${message('One')}\nFrom desk@wire.example Sat Mar 14 08:05:00 2026\n${message('Two')}`;
    const { stories } = await parseWireFile('wire.mbox', Buffer.from(mbox));
    expect(stories.map((story) => story.headline)).toEqual(['One', 'Two']);
    expect(texts(stories[1]!)).toEqual(['Text of Two.']);
  });

  it('leaves a plain-text story with "Date:" and "Title:" header lines to the text importer', async () => {
    const text = 'Date: 2026-03-14\nTitle: Парламентът прие бюджета\n\nДепутатите гласуваха.';
    const [story] = (await parseWireFile('story.txt', Buffer.from(text))).stories;
    expect(story!.format).toBe('text');
  });

  it('refuses a message with neither subject nor text', async () => {
    const empty = 'From: a@b.example\nTo: c@d.example\nMIME-Version: 1.0\n\n\n';
    await expect(parseWireFile('empty.eml', Buffer.from(empty))).rejects.toThrow(
      'the message holds no text',
    );
  });

  describe('a body whose charset the mail does not say, or says wrongly', () => {
    const BODY = 'Президентът на България откри днес новата сграда на Народното събрание в София.';
    const cp1251 = (text: string) => iconv.encode(text, 'windows-1251');
    const qp = (bytes: Buffer) =>
      [...bytes]
        .map((byte) =>
          byte >= 0x80 || byte === 0x3d
            ? `=${byte.toString(16).toUpperCase().padStart(2, '0')}`
            : String.fromCharCode(byte),
        )
        .join('');
    const message = (contentType: string, encoding: string, body: Buffer | string) =>
      Buffer.concat([
        Buffer.from(
          `From: Desk <desk@bta.example>\r\nTo: news@paper.example\r\nSubject: Story\r\n` +
            `Date: Tue, 10 Jun 2025 09:00:00 +0300\r\nMessage-ID: <m-1@bta.example>\r\n` +
            `MIME-Version: 1.0\r\nContent-Type: ${contentType}\r\n` +
            `Content-Transfer-Encoding: ${encoding}\r\n\r\n`,
          'latin1',
        ),
        typeof body === 'string' ? Buffer.from(body, 'latin1') : body,
        Buffer.from('\r\n', 'latin1'),
      ]);

    it.each([
      ['no charset, 8bit', message('text/plain', '8bit', cp1251(BODY))],
      ['no charset, quoted-printable', message('text/plain', 'quoted-printable', qp(cp1251(BODY)))],
      ['charset=us-ascii', message('text/plain; charset=us-ascii', '8bit', cp1251(BODY))],
      [
        'charset=iso-8859-1',
        message('text/plain; charset="iso-8859-1"', 'base64', cp1251(BODY).toString('base64')),
      ],
      [
        'HTML saying windows-1251 in its meta',
        message(
          'text/html',
          '8bit',
          cp1251(
            `<html><head><meta charset="windows-1251"></head><body><p>${BODY}</p></body></html>`,
          ),
        ),
      ],
    ])('reads windows-1251 Cyrillic with %s', async (_case, bytes) => {
      const [story] = (await parseWireFile('story.eml', bytes)).stories;
      expect(texts(story!)).toEqual([BODY]);
    });

    it.each(['Ça va très bien.', 'Où est le café?', 'Le président a inauguré le café à Genève.'])(
      'keeps a Western text that says it is Western: %s',
      async (body) => {
        const bytes = message(
          'text/plain; charset=iso-8859-1',
          '8bit',
          iconv.encode(body, 'latin1'),
        );
        const [story] = (await parseWireFile('story.eml', bytes)).stories;
        expect(texts(story!)).toEqual([body]);
      },
    );

    const koi8 = (text: string) => iconv.encode(text, 'koi8-r');
    it.each([
      ['charset=utf-8, 8bit', message('text/plain; charset=utf-8', '8bit', cp1251(BODY))],
      [
        'charset=utf-8, base64',
        message('text/plain; charset=utf-8', 'base64', cp1251(BODY).toString('base64')),
      ],
      ['charset=unknown-8bit', message('text/plain; charset=unknown-8bit', '8bit', cp1251(BODY))],
      [
        'an HTML part saying charset=utf-8',
        message('text/html; charset=utf-8', '8bit', cp1251(`<p>${BODY}</p>`)),
      ],
    ])('reads windows-1251 Cyrillic in a part that lies with %s', async (_case, bytes) => {
      const [story] = (await parseWireFile('story.eml', bytes)).stories;
      expect(texts(story!)).toEqual([BODY]);
    });

    it('reads KOI8-R Cyrillic in a part that says windows-1251, and the other way round', async () => {
      const saysCp1251 = message('text/plain; charset=windows-1251', '8bit', koi8(BODY));
      const saysKoi8 = message(
        'text/plain; charset="koi8-r"',
        'quoted-printable',
        qp(cp1251(BODY)),
      );
      for (const bytes of [saysCp1251, saysKoi8]) {
        const [story] = (await parseWireFile('story.eml', bytes)).stories;
        expect(texts(story!)).toEqual([BODY]);
      }
    });

    it('reads parts that tell the truth as they say: UTF-8, KOI8-R, Shift_JIS, ISO-2022-JP', async () => {
      const quake = '東京で地震が発生した。';
      // ISO-2022-JP, which only the mail parser reads: "東京" in JIS X 0208 between escapes.
      const jis = Buffer.from([0x1b, 0x24, 0x42, 0x45, 0x6c, 0x35, 0x7e, 0x1b, 0x28, 0x42]);
      const cases: [string, Buffer, string][] = [
        ['text/plain; charset=utf-8', Buffer.from(BODY, 'utf8'), BODY],
        ['text/plain; charset=koi8-r', koi8(BODY), BODY],
        ['text/plain; charset=shift_jis', iconv.encode(quake, 'shift_jis'), quake],
        ['text/plain; charset=iso-2022-jp', jis, '東京'],
      ];
      for (const [type, body, text] of cases) {
        const [story] = (await parseWireFile('story.eml', message(type, '8bit', body))).stories;
        expect(texts(story!)).toEqual([text]);
      }
    });

    it('reads a subject and sender in raw windows-1251 bytes, or in encoded words that lie', async () => {
      const SUBJECT = 'Правителството подаде оставка';
      const withHeaders = (subject: Buffer | string, from: Buffer | string) =>
        Buffer.concat([
          Buffer.from('From: ', 'latin1'),
          typeof from === 'string' ? Buffer.from(from, 'latin1') : from,
          Buffer.from('\r\nTo: news@paper.example\r\nSubject: ', 'latin1'),
          typeof subject === 'string' ? Buffer.from(subject, 'latin1') : subject,
          Buffer.from(
            '\r\nDate: Tue, 10 Jun 2025 09:00:00 +0300\r\nMessage-ID: <m-9@bta.example>\r\n' +
              'MIME-Version: 1.0\r\nContent-Type: text/plain\r\n\r\n',
            'latin1',
          ),
          cp1251(BODY),
          Buffer.from('\r\n', 'latin1'),
        ]);
      const raw = withHeaders(
        cp1251(SUBJECT),
        Buffer.concat([cp1251('Иван Петров'), Buffer.from(' <desk@bta.example>')]),
      );
      const word = (charset: string, bytes: Buffer) =>
        `=?${charset}?B?${bytes.toString('base64')}?=`;
      const lying = withHeaders(word('utf-8', cp1251(SUBJECT)), 'Desk <desk@bta.example>');
      const koi8Truth = withHeaders(word('koi8-r', koi8(SUBJECT)), 'Desk <desk@bta.example>');
      for (const bytes of [raw, lying, koi8Truth]) {
        const [story] = (await parseWireFile('story.eml', bytes)).stories;
        expect(story!.headline).toBe(SUBJECT);
        expect(texts(story!)).toEqual([BODY]);
      }
      const [fromRaw] = (await parseWireFile('story.eml', raw)).stories;
      expect(fromRaw!.source).toBe('Иван Петров');
      // A quoted display name, in raw UTF-8 as in windows-1251, loses its quotes as before.
      for (const name of [
        Buffer.from('"Иван Петров"'),
        cp1251('"Иван Петров"'),
        Buffer.from('"Ivan Петров"'),
      ]) {
        const quoted = withHeaders(
          cp1251(SUBJECT),
          Buffer.concat([name, Buffer.from(' <ivan@bta.example>')]),
        );
        const [story] = (await parseWireFile('story.eml', quoted)).stories;
        expect(story!.source).toMatch(/^(Иван|Ivan) Петров$/);
      }
    });

    it('reads each kind of part by its own declaration: plain in us-ascii, HTML in UTF-8', async () => {
      const multipart = Buffer.from(
        'From: Desk <desk@bta.example>\r\nTo: news@paper.example\r\nSubject: Story\r\n' +
          'Message-ID: <m-2@bta.example>\r\nMIME-Version: 1.0\r\n' +
          'Content-Type: multipart/alternative;\r\n\tboundary="b1"\r\n\r\n' +
          '--b1\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nplain\r\n' +
          '--b1\r\nContent-Type: text/html; charset=utf-8\r\n\r\n',
        'latin1',
      );
      const html = Buffer.from('<p>Ça va très bien.</p>\r\n--b1--\r\n', 'utf8');
      const [story] = (await parseWireFile('story.eml', Buffer.concat([multipart, html]))).stories;
      expect(texts(story!)).toEqual(['Ça va très bien.']);
    });

    it('reads the cover note by itself when an attached wire file names its own charset', async () => {
      const mail = Buffer.concat([
        Buffer.from(
          'From: Desk <desk@bta.example>\r\nTo: news@paper.example\r\nSubject: Story\r\n' +
            'Message-ID: <m-3@bta.example>\r\nMIME-Version: 1.0\r\n' +
            'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n' +
            '--b1\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n',
          'latin1',
        ),
        cp1251(BODY),
        Buffer.from(
          '\r\n--b1\r\nContent-Type: text/plain; charset=utf-8; name="bta.txt"\r\n' +
            'Content-Disposition: attachment; filename="bta.txt"\r\n\r\n',
          'latin1',
        ),
        Buffer.from('Заглавие на приложението\n\nТекст на приложението.\r\n--b1--\r\n', 'utf8'),
      ]);
      // A short note with a wire file: its words become the attached story's note.
      const stories = (await parseWireFile('story.eml', mail)).stories;
      expect(stories.map((story) => [story.headline, story.edNote])).toEqual([
        ['Заглавие на приложението', BODY],
      ]);
    });

    it('knows an attached wire file by its content, whatever its name and type', async () => {
      const frame =
        '\x01bdt0123 4 pl 245 bta 0456\r\n\x02Заглавие от БТА\r\n\r\nСофия (БТА) - Текст на новината.\r\n\x03';
      const mail = (name: string) =>
        Buffer.from(
          'From: Desk <desk@bta.example>\r\nSubject: BTA copy\r\nMIME-Version: 1.0\r\n' +
            'Content-Type: multipart/mixed; boundary="b1"\r\n\r\n' +
            '--b1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nAttached.\r\n' +
            `--b1\r\nContent-Type: application/octet-stream; name="${name}"\r\n` +
            `Content-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n` +
            `${Buffer.from(frame, 'utf8').toString('base64')}\r\n--b1--\r\n`,
          'latin1',
        );
      for (const name of ['BTA0012', 'bta0012.dat']) {
        const stories = (await parseWireFile('copy.eml', mail(name))).stories;
        expect(
          stories.map((story) => [story.headline, story.edNote]),
          name,
        ).toEqual([['Заглавие от БТА', 'Attached.']]);
      }
    });

    it('never takes a line of the body for a header, however much it looks like one', async () => {
      const body = 'Example:\nContent-Type: text/plain\n\nThat is how a mail part begins.';
      const bytes = message('text/plain', '8bit', cp1251(body));
      const [story] = (await parseWireFile('story.eml', bytes)).stories;
      expect(texts(story!).join('\n')).toContain('Content-Type: text/plain\n');
      expect(texts(story!).join('\n')).not.toContain('windows-1252');
    });
  });
});
