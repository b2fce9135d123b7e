import { describe, expect, it } from 'vitest';
import { parseWireFile } from '../wire/import-file';
import { call, memoryContext, upload } from '../test/helpers';

const embargoed = (status: string, release: string) => `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><docdata management-status="${status}"><doc-id id-string="T-EMB-1"/>
<date.issue norm="20260314T060000Z"/>${release}</docdata></head>
<body><body.head><hedline><hl1>Бюджетът ще бъде приет в петък</hl1></hedline></body.head>
<body.content><p>Парламентът ще гласува бюджета в петък.</p></body.content></body></nitf>`;

async function roundTrip(nitf: string) {
  const ctx = memoryContext();
  const report = await call(ctx, 'stories.import', { files: [upload('emb.xml', nitf)] });
  const { content } = await call(ctx, 'stories.export', {
    id: report.imported[0]!.id,
    format: 'nitf',
  });
  const [story] = (await parseWireFile('again.xml', new TextEncoder().encode(content))).stories;
  return { content, story: story! };
}

describe('NITF export', () => {
  it('keeps an embargo: a story held until a time goes out embargoed until then', async () => {
    const { content, story } = await roundTrip(
      embargoed('embargoed', '<date.release norm="20990314T100000Z"/>'),
    );
    expect(content).toContain('management-status="embargoed"');
    expect(story).toMatchObject({ pubStatus: 'usable', embargoUntil: '2099-03-14T10:00:00.000Z' });
  });

  it('writes an embargo that has lifted as usable, with its release time', async () => {
    const { content } = await roundTrip(
      embargoed('embargoed', '<date.release norm="20260314T070000Z"/>'),
    );
    expect(content).toContain('management-status="usable"'); // the clock: 14 March, 08:30 UTC
    expect(content).toContain('<date.release norm="20260314T070000Z"/>');
  });

  it('keeps a story withheld without a time withheld', async () => {
    const { content, story } = await roundTrip(embargoed('embargoed', ''));
    expect(content).toContain('management-status="withheld"');
    expect(story).toMatchObject({ pubStatus: 'withheld', embargoUntil: null });
  });
});
