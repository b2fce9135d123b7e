import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { random } from './archive-text';

/**
 * Generates wire files for the benchmark from the project's own sample stories: their
 * sentences are shuffled into new stories and written in each wire format Edition reads, each
 * with its own identity, so that nothing is a duplicate of anything else.
 */
const SAMPLES = join(__dirname, '..', 'resources', 'samples');

/** The vocabulary of the sample stories: new sentences are drawn from it word by word. */
function vocabulary(): string[] {
  const text = readdirSync(SAMPLES)
    .map((name) => readFileSync(join(SAMPLES, name), 'utf8'))
    .join('\n')
    .replace(/^(date|source|byline|#).*$/gm, '');
  return [...new Set(text.match(/[\p{L}]{3,}/gu) ?? [])];
}

/** One in NEAR_DUPLICATE_EVERY stories rewrites an earlier one, as agencies rewrite each other. */
const NEAR_DUPLICATE_EVERY = 10;

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export interface GeneratedFile {
  name: string;
  content: string;
}

type Template = (index: number, headline: string, paragraphs: string[]) => GeneratedFile;

const TEMPLATES: Template[] = [
  (i, headline, paragraphs) => ({
    name: `story-${i}.txt`,
    content: `date 2026-03-14\nsource БТА\n\n${headline}\n\n${paragraphs.join('\n\n')}\n`,
  }),
  (i, headline, paragraphs) => ({
    name: `story-${i}.md`,
    content: `# ${headline}\n\n${paragraphs.map((p, n) => (n === 1 ? `**${p}**` : p)).join('\n\n')}\n`,
  }),
  (i, headline, paragraphs) => ({
    name: `story-${i}.json`,
    content: JSON.stringify({
      uri: `urn:bench:ninjs:${i}`,
      version: '1',
      type: 'text',
      versioncreated: '2026-03-14T08:30:00Z',
      headline,
      body_html: paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join(''),
      language: 'bg',
    }),
  }),
  (i, headline, paragraphs) => ({
    name: `story-${i}.xml`,
    content: `<?xml version="1.0" encoding="UTF-8"?>
<nitf><head><title>${escapeXml(headline)}</title><docdata><doc-id id-string="bench-nitf-${i}"/><date.issue norm="20260314T083000+0200"/></docdata></head>
<body><body.head><hedline><hl1>${escapeXml(headline)}</hl1></hedline></body.head>
<body.content>${paragraphs.map((p) => `<p>${escapeXml(p)}</p>`).join('\n')}</body.content></body></nitf>`,
  }),
  (i, headline, paragraphs) => ({
    name: `story-${i}.newsml.xml`,
    content: `<?xml version="1.0" encoding="UTF-8"?>
<newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:bench:g2:${i}" version="1" standard="NewsML-G2" standardversion="2.29">
<itemMeta><itemClass qcode="ninat:text"/><versionCreated>2026-03-14T08:30:00Z</versionCreated><pubStatus qcode="stat:usable"/></itemMeta>
<contentMeta><headline>${escapeXml(headline)}</headline><language tag="bg"/></contentMeta>
<contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body>${paragraphs
      .map((p) => `<p>${escapeXml(p)}</p>`)
      .join('')}</body></html></inlineXML></contentSet></newsItem>`,
  }),
  (i, headline, paragraphs) => ({
    name: `feed-${i}.rss`,
    content: `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Bench wire</title><link>https://example.org/</link><description>bench</description>
<item><title>${escapeXml(headline)}</title><guid>https://example.org/bench/${i}</guid><pubDate>Sat, 14 Mar 2026 08:30:00 +0200</pubDate>
<description>${escapeXml(paragraphs.map((p) => `<p>${p}</p>`).join(''))}</description></item></channel></rss>`,
  }),
];

/** `count` files, cycling through the formats. Deterministic for a given count. */
export function generateWireFiles(count: number): GeneratedFile[] {
  const words = vocabulary();
  const next = random(count);
  const word = () => words[Math.floor(next() * words.length)]!;
  const sentence = () => {
    const text = Array.from({ length: 8 + Math.floor(next() * 12) }, word).join(' ');
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  };
  const written: { headline: string; paragraphs: string[] }[] = [];
  return Array.from({ length: count }, (_, index) => {
    let story: { headline: string; paragraphs: string[] };
    if (index % NEAR_DUPLICATE_EVERY === NEAR_DUPLICATE_EVERY - 1 && written.length > 0) {
      const original = written[Math.floor(next() * written.length)]!;
      story = {
        headline: `${original.headline} (${index})`,
        paragraphs: [...original.paragraphs.slice(0, 3), sentence()],
      };
    } else {
      story = {
        headline: `${sentence().slice(0, 60)} ${index}`,
        paragraphs: Array.from({ length: 4 }, () => `${sentence()} ${sentence()} ${sentence()}`),
      };
    }
    written.push(story);
    return TEMPLATES[index % TEMPLATES.length]!(index, story.headline, story.paragraphs);
  });
}
