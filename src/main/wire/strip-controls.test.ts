import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { cleanText } from './decode';
import { parseWireFile } from './import-file';

describe('control characters from mail headers and JSON escapes', () => {
  it('never reach a story, while tabs and newlines in text stay', async () => {
    const ninjs = JSON.stringify({
      uri: 'urn:test:controls',
      type: 'text',
      headline: 'Заглавие\u0007 с\u001b[31m звънец',
      byline: 'Автор\u0000',
      body_text: 'Първи\u0001 абзац.\n\nВтори\u009b абзац.',
    });
    const [story] = (await parseWireFile('controls.json', Buffer.from(ninjs))).stories;
    expect(story!.headline).toBe('Заглавие с[31m звънец');
    expect(story!.byline).toBe('Автор');
    expect(story!.blocks.map(blockText)).toEqual(['Първи абзац.', 'Втори абзац.']);
  });

  it('leave decoded text as they leave JSON, C1 included; a NEL ends a line', () => {
    expect(cleanText('Заглавие\u009b31m\r\nПърви\u0085абзац\u0007.')).toBe(
      'Заглавие31m\nПърви\nабзац.',
    );
  });

  it('cleans a mail subject', async () => {
    const mail = [
      'From: Desk <desk@example.org>',
      'Subject: =?UTF-8?B?' + Buffer.from('Новина\u0007 от бюрото').toString('base64') + '?=',
      'Content-Type: text/plain; charset=UTF-8',
      '',
      'Текстът на новината.',
    ].join('\r\n');
    const [story] = (await parseWireFile('mail.eml', Buffer.from(mail))).stories;
    expect(story!.headline).toBe('Новина от бюрото');
  });
});
