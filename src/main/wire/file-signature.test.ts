import { describe, expect, it } from 'vitest';
import { nonTextKind } from './file-signature';
import { parseWireFile } from './import-file';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((part) => Buffer.from(typeof part === 'string' ? part : part)));

describe('files refused by their signature', () => {
  it.each([
    ['JPEG', bytes([0xff, 0xd8, 0xff, 0xe0]), 'a picture (JPEG)'],
    ['PNG', bytes([0x89], 'PNG', [0x0d, 0x0a, 0x1a, 0x0a]), 'a picture (PNG)'],
    ['MP4', bytes([0, 0, 0, 0x18], 'ftypmp42', [0, 0, 0, 0]), 'a video (MP4)'],
    ['MOV', bytes([0, 0, 0, 0x14], 'ftypqt  ', [0, 0, 0, 0]), 'a video (MOV)'],
    ['HEIC', bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0]), 'a picture (HEIC)'],
    ['MP3', bytes('ID3', [0x03, 0x00, 0x00]), 'a sound file (MP3)'],
    ['PDF', bytes('%PDF-1.7\n'), 'a PDF file'],
    ['DOCX', bytes([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]), 'a ZIP file'],
  ])('%s', (_name, file, says) => {
    expect(nonTextKind(file)?.says).toBe(says);
  });
});

describe('text that opens like a signature', () => {
  // Headlines and mail that a general signature library took for MPEG ("G"), BMP ("BM"),
  // EOT ("PL"), MOV ("free" at byte 4) or a message/rfc822 file.
  it.each([
    ['gov.txt', 'Government approves the budget\n\nThe cabinet met on Monday.'],
    ['bmw.txt', 'BMW recalls 10,000 cars\n\nThe carmaker said on Tuesday.'],
    ['crash.txt', 'PLANE CRASH IN ALASKA\n\nAll passengers survived.'],
    ['tax.txt', 'Tax-free shopping returns\n\nShops expect more visitors.'],
    ['gif.txt', 'GIFT SHOPS STAY OPEN\n\nThe mayor agreed on Sunday.'],
    ['id3.txt', 'ID3 standard turns 30\n\nThe tag format was written in 1996.'],
    [
      'mail.eml',
      'Received: from mx.example by desk.example\r\nFrom: desk@bta.example\r\nTo: news@example.org\r\n' +
        'Subject: Budget passed\r\nMessage-ID: <1@bta.example>\r\nMIME-Version: 1.0\r\n' +
        'Content-Type: text/plain; charset=utf-8\r\n\r\nParliament passed the budget late on Monday.\r\n',
    ],
  ])('%s imports', async (name, text) => {
    expect(nonTextKind(Buffer.from(text))).toBeNull();
    const { stories } = await parseWireFile(name, Buffer.from(text));
    expect(stories.length).toBeGreaterThan(0);
  });

  it('UTF-16 text without a byte-order mark', () => {
    expect(nonTextKind(Buffer.from('Government approves the budget', 'utf16le'))).toBeNull();
  });
});
