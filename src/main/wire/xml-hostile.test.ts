import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { parseWireFile } from './import-file';
import { MAX_XML_DEPTH, nestingDepthExceeds } from './xml';

const nitf = (prolog: string, body: string) =>
  `<?xml version="1.0"?>${prolog}<nitf><head><title>T</title></head><body><body.head><hedline><hl1>Заглавие</hl1></hedline></body.head><body.content><p>${body}</p></body.content></body></nitf>`;

const LAUGHS = `<!DOCTYPE nitf [<!ENTITY lol "lol">${Array.from(
  { length: 9 },
  (_, level) => `<!ENTITY lol${level + 1} "${`&lol${level === 0 ? '' : level};`.repeat(10)}">`,
).join('')}]>`;

const texts = async (xml: string) =>
  (await parseWireFile('hostile.xml', Buffer.from(xml))).stories.flatMap((story) =>
    story.blocks.map(blockText),
  );

/** Hostile XML (issue 6): nothing fetched, nothing expanded, nothing that runs for minutes. */
describe('hostile XML', () => {
  it('refuses "billion laughs" and quadratic blow-up before parsing', async () => {
    await expect(parseWireFile('laughs.xml', Buffer.from(nitf(LAUGHS, '&lol9;')))).rejects.toThrow(
      /declares its own entities/,
    );
    const quadratic = nitf(
      `<!DOCTYPE nitf [<!ENTITY a "${'a'.repeat(50_000)}">]>`,
      '&a;'.repeat(50_000),
    );
    await expect(parseWireFile('quadratic.xml', Buffer.from(quadratic))).rejects.toThrow(
      /declares its own entities/,
    );
  });

  it('never expands entities, even when the DTD hides behind a long comment', async () => {
    const padded = nitf(`<!--${' '.repeat(70_000)}-->${LAUGHS}`, 'Текст &lol9; край');
    const body = (await texts(padded)).join(' ');
    expect(body).toContain('&lol9;');
    expect(body).not.toContain('lollol');
  });

  it('never fetches an external DTD or a SYSTEM entity', async () => {
    let requests = 0;
    const server = createServer((_req, res) => {
      requests += 1;
      res.end('<!ENTITY leak "LEAKED">');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/evil.dtd`;
    try {
      const external = await texts(nitf(`<!DOCTYPE nitf SYSTEM "${url}">`, 'Текст &leak;'));
      expect(external.join(' ')).not.toContain('LEAKED');
      await expect(
        parseWireFile(
          'xxe.xml',
          Buffer.from(nitf(`<!DOCTYPE nitf [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>`, '&xxe;')),
        ),
      ).rejects.toThrow(/declares its own entities/);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('refuses nesting deeper than any news document, without overflowing the stack', async () => {
    const deep = (levels: number) =>
      `<?xml version="1.0"?><nitf><head><title>T</title></head><body><body.content>${'<p>'.repeat(levels)}дълбоко${'</p>'.repeat(levels)}</body.content></body></nitf>`;
    await expect(parseWireFile('deep.xml', Buffer.from(deep(200_000)))).rejects.toThrow(
      /nests elements more than 10,000 deep/,
    );
    expect((await texts(deep(2_000))).join(' ')).toContain('дълбоко');
  });

  it('counts nesting past comments, CDATA and self-closing tags', () => {
    const open = '<a>'.repeat(5);
    expect(
      nestingDepthExceeds(
        `${open}<b/><![CDATA[${'<br>'.repeat(50)}]]><!--${'<i>'.repeat(50)}-->`,
        5,
      ),
    ).toBe(false);
    expect(nestingDepthExceeds(`${open}<b>`, 5)).toBe(true);
    expect(MAX_XML_DEPTH).toBeGreaterThan(1_000);
  });
});
