import mjml2html from 'mjml';
import { largeDigest } from '../src/main/export/__fixtures__/digests';
import type { ExportDigest } from '../src/main/export/digest-model';
import { metaParts, storyImage, visibleSections } from '../src/main/export/digest-parts';
import { renderEmailHtml } from '../src/main/export/email-html';
import { escapeHtml } from '../src/main/export/escape';
import { webUrl } from '../src/main/export/links';
import { percentile } from './scale-stats';

/**
 * Email rendering speed: a 40-story digest through renderEmailHtml (template + juice) against
 * the same content as an MJML 5 document, the usual way to get responsive, Outlook-safe email.
 * Targets: ours under 20 ms median and at least 10× faster than MJML.
 */
const STORIES = 40;
const WARMUP = 5;
const RUNS = 30;

export async function emailBenchmark(): Promise<Record<string, unknown>> {
  const digest = largeDigest(STORIES);
  const oursMs = await medianMs(() => renderEmailHtml(digest));
  const source = mjmlDocument(digest);
  const mjmlMs = await medianMs(() => mjml2html(source, { validationLevel: 'skip' }));
  const ours = renderEmailHtml(digest);
  const theirs = (await mjml2html(source, { validationLevel: 'skip' })).html;
  return {
    stories: STORIES,
    runs: RUNS,
    oursMedianMs: round(oursMs),
    mjmlMedianMs: round(mjmlMs),
    speedup: round(mjmlMs / oursMs),
    oursBytes: Buffer.byteLength(ours),
    mjmlBytes: Buffer.byteLength(theirs),
    meetsTargets: oursMs < 20 && mjmlMs / oursMs >= 10,
  };
}

async function medianMs(run: () => unknown): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  return percentile(times, 50);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The digest as MJML with the content renderEmailHtml prints: a section per story. */
function mjmlDocument(digest: ExportDigest): string {
  const text = (value: string) => escapeHtml(value);
  const stories = visibleSections(digest).flatMap((section) => [
    `<mj-section><mj-column><mj-text font-size="14px" color="${digest.branding.accent}" text-transform="uppercase" font-weight="bold">${text(section.name)}</mj-text><mj-divider border-color="${digest.branding.accent}" border-width="2px" /></mj-column></mj-section>`,
    ...section.items.map((story) => {
      const link = webUrl(story.link);
      const image = storyImage(story);
      return `<mj-section padding="8px 0"><mj-column>
${image ? `<mj-image src="${text(image.src)}" alt="${text(image.alt)}" width="552px"${link ? ` href="${text(link)}"` : ''} />` : ''}
<mj-text font-size="20px" line-height="26px" font-weight="bold">${link ? `<a href="${text(link)}" style="color:#1a1a1a;text-decoration:none">${text(story.headline)}</a>` : text(story.headline)}</mj-text>
<mj-text font-size="14px" color="#595959">${text(metaParts(story).join(' · '))}</mj-text>
<mj-text>${text(story.summary ?? '')}<br>${link ? `<a href="${text(link)}">Прочетете още →</a>` : ''}</mj-text>
<mj-divider border-color="#dddddd" border-width="1px" />
</mj-column></mj-section>`;
    }),
  ]);
  return `<mjml lang="${text(digest.language)}">
<mj-head>
<mj-title>${text(digest.subject)}</mj-title>
<mj-preview>${text(digest.preheader)}</mj-preview>
<mj-attributes><mj-all font-family="Arial, Helvetica, sans-serif" /><mj-text font-size="16px" line-height="24px" color="#1a1a1a" /></mj-attributes>
<mj-style>@media (prefers-color-scheme: dark) { .body { background-color: #121212 !important; } }</mj-style>
</mj-head>
<mj-body width="600px" background-color="#f2f2ef" css-class="body">
<mj-section background-color="#ffffff"><mj-column>
<mj-text font-size="13px" font-weight="bold" color="${digest.branding.accent}">${text(digest.branding.publication)}</mj-text>
<mj-text font-size="28px" line-height="34px" font-weight="bold">${text(digest.title)}</mj-text>
<mj-text>${text(digest.introText)}</mj-text>
</mj-column></mj-section>
${stories.join('\n')}
<mj-section><mj-column><mj-text font-size="12px" color="#595959">${text(digest.signoff ?? '')}</mj-text></mj-column></mj-section>
</mj-body>
</mjml>`;
}

if (require.main === module) {
  void emailBenchmark().then((result) => {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  });
}
