import { describe, expect, it } from 'vitest';
import { blockText } from './blocks';
import { parseWireFile } from './import-file';

/**
 * Every format that declares a story's language puts that language's marks around its <q>
 * quotes: a quote too short to tell Russian from Bulgarian by its letters ("Да, конечно")
 * must not be dressed in Bulgarian marks in a Russian story.
 */
const BODY = '<p>Министр ответил: <q>Да, конечно</q>.</p>';
const EXPECTED = 'Министр ответил: «Да, конечно».';

const FILES: [string, string][] = [
  [
    'feed.rss',
    `<?xml version="1.0"?><rss version="2.0"><channel><title>ТАСС</title><language>ru</language>
     <item><title>Переговоры в Москве</title><guid>https://tass.example/1</guid>
     <description><![CDATA[${BODY}]]></description></item></channel></rss>`,
  ],
  [
    'feed.atom',
    `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ru"><title>ТАСС</title>
     <entry><id>urn:tass:1</id><title>Переговоры в Москве</title><updated>2026-03-14T08:00:00Z</updated>
     <content type="html"><![CDATA[${BODY}]]></content></entry></feed>`,
  ],
  [
    'article.html',
    `<!DOCTYPE html><html lang="ru"><head><title>Переговоры в Москве</title></head>
     <body><article><h1>Переговоры в Москве</h1>${BODY}</article></body></html>`,
  ],
  [
    'message.eml',
    [
      'From: ТАСС <desk@tass.example>',
      'Subject: =?utf-8?B?' + Buffer.from('Переговоры в Москве').toString('base64') + '?=',
      'Content-Language: ru',
      'MIME-Version: 1.0',
      'Content-Type: text/html; charset=utf-8',
      '',
      `<html><body>${BODY}</body></html>`,
    ].join('\r\n'),
  ],
  [
    'item.xml',
    `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:tass:g2:1" version="1">
     <itemMeta><itemClass qcode="ninat:text"/></itemMeta>
     <contentMeta><headline>Переговоры в Москве</headline><language tag="ru"/></contentMeta>
     <contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${BODY}</body></html></inlineXML></contentSet></newsItem>`,
  ],
  [
    'newsml1.xml',
    `<?xml version="1.0"?><NewsML Version="1.2"><NewsItem>
     <Identification><NewsIdentifier><ProviderId>tass.example</ProviderId><DateId>20260314</DateId>
     <NewsItemId>1</NewsItemId><RevisionId>1</RevisionId></NewsIdentifier></Identification>
     <NewsComponent><NewsLines><HeadLine>Переговоры в Москве</HeadLine></NewsLines>
     <DescriptiveMetadata><Language FormalName="ru"/></DescriptiveMetadata>
     <ContentItem><MediaType FormalName="Text"/><DataContent>
     <html xmlns="http://www.w3.org/1999/xhtml"><body>${BODY}</body></html>
     </DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`,
  ],
];

describe('quotation marks by the declared language', () => {
  it.each(FILES)('%s', async (name, content) => {
    const [story] = (await parseWireFile(name, Buffer.from(content))).stories;
    expect(story!.language).toBe('ru');
    expect(story!.blocks.map(blockText)).toContain(EXPECTED);
  });
});
