import type { Annotation, Story } from '../../shared/model';
import { escapeHtml } from './escape';
import { lexicalToHtml } from './lexical-html';

/**
 * One story as IPTC NITF 3.6, for agencies and systems downstream. Quote annotations are
 * written as `<q quote-source="speaker">`, so the fact-check survives the hand-over.
 */
export function storyToNitf(story: Story, annotations: Annotation[], now: number): string {
  const quotes = new Map(
    annotations
      .filter((annotation) => annotation.type === 'quote' && !annotation.orphaned)
      .map((annotation) => [annotation.id, annotation]),
  );
  const body = lexicalToHtml(story.body, {
    dialect: 'nitf',
    mark: (ids, inner) => {
      const quote = ids.map((id) => quotes.get(id)).find(Boolean);
      if (!quote) return inner;
      const source = quote.speaker ? ` quote-source="${escapeHtml(quote.speaker)}"` : '';
      return `<q${source}>${inner}</q>`;
    },
  });
  const issued = (story.wireTime ?? story.updatedAt).replace(/[-:]/g, '').replace(/\.\d+/, '');
  // An embargo not yet lifted is written as NITF says it, with its date.release: "usable" beside
  // a release time would tell the next system the story is free now. One lifted is usable.
  const status =
    story.pubStatus === 'canceled' || story.pubStatus === 'withheld'
      ? story.pubStatus
      : story.embargoUntil && Date.parse(story.embargoUntil) > now
        ? 'embargoed'
        : 'usable';
  const optional = (tag: string, value: string | null) =>
    value ? `<${tag}>${escapeHtml(value)}</${tag}>\n` : '';
  return `<?xml version="1.0" encoding="UTF-8"?>
<nitf version="-//IPTC//DTD NITF 3.6//EN"${story.language ? ` xml:lang="${escapeHtml(story.language)}"` : ''}>
<head>
<title>${escapeHtml(story.headline)}</title>
<docdata management-status="${status}">
<doc-id id-string="${escapeHtml(story.wireId ?? `edition-${story.id}`)}"/>
<date.issue norm="${escapeHtml(issued)}"/>
${story.embargoUntil ? `<date.release norm="${escapeHtml(story.embargoUntil.replace(/[-:]/g, '').replace(/\.\d+/, ''))}"/>\n` : ''}${story.source ? `<doc.copyright holder="${escapeHtml(story.source)}"/>\n` : ''}</docdata>
</head>
<body>
<body.head>
<hedline><hl1>${escapeHtml(story.headline)}</hl1></hedline>
${optional('byline', story.byline)}${story.dateline ? `<dateline><location>${escapeHtml(story.dateline)}</location></dateline>\n` : ''}${story.summary ? `<abstract><p>${escapeHtml(story.summary)}</p></abstract>\n` : ''}</body.head>
<body.content>
${body}</body.content>
</body>
</nitf>
`;
}
