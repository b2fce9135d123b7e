import { describe, expect, it } from 'vitest';
import { parseWireFile } from './import-file';
import { ATTACHED_STORY, MAIL } from './__fixtures__/fixture-texts';
import { importFixture, texts } from './__fixtures__/read-fixture';

describe('e-mail importer', () => {
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
});
