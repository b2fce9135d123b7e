import { describe, expect, it } from 'vitest';
import { call, memoryContext, upload } from '../test/helpers';
import { buildExportDigest } from './export-model';

/** A NITF story with its pictures, in the order the agency lists them. */
function nitfWithPictures(pictures: { src: string; caption: string }[]): string {
  const media = pictures
    .map(
      ({ src, caption }) =>
        `<media media-type="image"><media-reference source="${src}" mime-type="image/jpeg"/><media-caption>${caption}</media-caption></media>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="utf-8"?>
<nitf><head><title>Budget</title><docdata><doc-id regsrc="TST" id-string="tst-pictures"/>
<date.issue norm="20260314T050000Z"/></docdata></head>
<body><body.head><hedline><hl1>Budget figures</hl1></hedline></body.head>
<body.content><p>The figures show growth.</p>${media}</body.content></body></nitf>`;
}

async function exportedImage(pictures: { src: string; caption: string }[]) {
  const ctx = memoryContext();
  const report = await call(ctx, 'stories.import', {
    files: [upload('pictures.xml', nitfWithPictures(pictures))],
  });
  const digest = await call(ctx, 'digests.create', { date: '2026-03-14' });
  await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [report.imported[0]!.id] });
  return {
    image: buildExportDigest(ctx, digest.id).sections[0]!.items[0]!.image,
    email: (await call(ctx, 'digests.preview', { id: digest.id, format: 'email' })).content,
    findings: (await call(ctx, 'digests.check', { id: digest.id })).map((f) => f.code),
  };
}

describe('the export model', () => {
  it('shows the first picture that can be shown, not an http thumbnail listed before it', async () => {
    const { image, email, findings } = await exportedImage([
      { src: 'http://images.example.com/thumb.jpg', caption: 'Thumbnail' },
      { src: 'https://images.example.com/big.jpg?w=1200&amp;h=800', caption: 'The minister' },
    ]);
    expect(image).toMatchObject({ uri: 'https://images.example.com/big.jpg?w=1200&h=800' });
    expect(email).toContain('src="https://images.example.com/big.jpg?w=1200&amp;h=800"');
    expect(email).toContain('alt="The minister"');
    expect(findings).not.toContain('image-url');
  });

  it('keeps a picture that cannot be shown when it is the only one, so the checks name it', async () => {
    const { image, email, findings } = await exportedImage([
      { src: 'http://images.example.com/only.jpg', caption: 'Only' },
    ]);
    expect(image).toMatchObject({ uri: 'http://images.example.com/only.jpg' });
    expect(email).not.toContain('<img');
    expect(findings).toContain('image-url');
  });

  it('counts the quotes found in a story that no one has marked or dismissed, and checks say so', async () => {
    const ctx = memoryContext();
    const text = [
      'Бюджетът е приет',
      '',
      '„Няма да има нови данъци“, каза министърът на финансите.',
      '',
      '„Заплатите ще растат“, заяви премиерът пред депутатите.',
      '',
      '„Дефицитът остава под три процента“, допълни министърът.',
    ].join('\n');
    const report = await call(ctx, 'stories.import', { files: [upload('budget.txt', text)] });
    const storyId = report.imported[0]!.id;
    const digest = await call(ctx, 'digests.create', { date: '2026-03-14' });
    await call(ctx, 'digests.addStory', { digestId: digest.id, storyIds: [storyId] });
    const open = () => buildExportDigest(ctx, digest.id).sections[0]!.items[0]!.openQuotes;
    expect(open()).toBe(3);
    await call(ctx, 'quotes.dismiss', { storyId, quote: 'Заплатите ще растат' });
    expect(open()).toBe(2);
    const findings = await call(ctx, 'digests.check', { id: digest.id });
    expect(findings.find((finding) => finding.code === 'quotes-unmarked')).toMatchObject({
      severity: 'warning',
      message:
        '“Бюджетът е приет” has 2 quotes found in its text that no one has marked or dismissed.',
      params: { count: 2 },
      storyId,
    });
    // Sent as its summary alone, its quotes go nowhere: nothing to check about them.
    const item = (await call(ctx, 'digests.get', { id: digest.id })).items[0]!;
    await call(ctx, 'digests.updateItem', {
      digestId: digest.id,
      itemId: item.id,
      showBody: false,
    });
    expect(open()).toBe(0);
    const after = await call(ctx, 'digests.check', { id: digest.id });
    expect(after.map((finding) => finding.code)).not.toContain('quotes-unmarked');
  });
});
