import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EDITOR_NODES } from '../../shared/editor-nodes';
import type { ExportFormat } from '../../shared/model';
import { call } from '../test/helpers';
import {
  checkBody,
  checkClaimReview,
  checkEmailHtml,
  checkEml,
  checkMarkdown,
  checkNitf,
  checkPlainText,
  checkWebHtml,
} from './__fixtures__/export-checks';
import { XSS_CORPUS, type XssCategory } from './__fixtures__/xss-corpus';
import { WIRE_FORMATS } from './__fixtures__/xss-files';
import { buildXssScenario, type XssScenario } from './__fixtures__/xss-scenario';

/**
 * Issue 6: every payload of the corpus, in every wire format, through the real import, into
 * annotations and editions, and out through every export. Nothing may come out as markup, an
 * event handler, a script URL or a foreign load. Prints one JSON line of counts.
 */
const NODE_TYPES = new Set([
  'root',
  'paragraph',
  'text',
  'linebreak',
  'tab',
  ...EDITOR_NODES.map((node) => node.getType()),
]);

/** Files the decoder refuses as binary (a NUL byte): refusing them is a safe outcome. */
const BINARY_PAYLOADS = XSS_CORPUS.filter((payload) => payload.payload.includes('\u0000'));

let scenario: XssScenario;
const findings: string[] = [];
const counts = { exportsChecked: 0, emlParts: 0, bodiesChecked: 0, textControls: 0 };

function record(where: string, found: string[]): void {
  counts.exportsChecked += 1;
  findings.push(...found.map((finding) => `${where}: ${finding}`));
}

beforeAll(async () => {
  scenario = await buildXssScenario(XSS_CORPUS, WIRE_FORMATS);
}, 180_000);

afterAll(() => {
  if (!scenario) return;
  console.log(
    JSON.stringify({
      xssCorpus: {
        payloads: XSS_CORPUS.length,
        categories: new Set(XSS_CORPUS.map((payload) => payload.category)).size,
        formats: WIRE_FORMATS.length,
        files: scenario.files,
        imported: scenario.stories.length,
        refused: scenario.report.failed.length,
        editions: scenario.digests.length,
        bodiesChecked: counts.bodiesChecked,
        exportsChecked: counts.exportsChecked,
        emlPartsChecked: counts.emlParts,
        inertControlCharsInText: counts.textControls,
        findings: findings.length,
      },
    }),
  );
});

describe('the hostile-input corpus', () => {
  it('holds at least 100 distinct payloads in every category', () => {
    expect(new Set(XSS_CORPUS.map((payload) => payload.payload)).size).toBe(XSS_CORPUS.length);
    expect(XSS_CORPUS.length).toBeGreaterThanOrEqual(100);
    const categories = new Set<XssCategory>(XSS_CORPUS.map((payload) => payload.category));
    expect(categories.size).toBe(10);
  });

  it('imports every file of every format, refusing only binary ones', () => {
    expect(scenario.report.duplicates).toEqual([]);
    for (const failure of scenario.report.failed)
      expect(failure.error, failure.file).toMatch(/binary/);
    for (const format of WIRE_FORMATS) {
      const imported = scenario.stories.filter((story) => story.format === format).length;
      expect(imported, format).toBeGreaterThanOrEqual(XSS_CORPUS.length - BINARY_PAYLOADS.length);
    }
  });
});

describe('what the corpus leaves behind', () => {
  it('stores bodies with only editor nodes and web or mail links', async () => {
    const found: string[] = [];
    for (const story of scenario.stories) {
      const stored = await call(scenario.ctx, 'stories.get', { id: story.id });
      counts.bodiesChecked += 1;
      found.push(
        ...checkBody(stored.body, NODE_TYPES).map(
          (f) => `${story.format}/${story.payload.id}: ${f}`,
        ),
      );
    }
    findings.push(...found);
    expect(found).toEqual([]);
  });

  it('exports each story as NITF and ClaimReview with nothing executable', async () => {
    const before = findings.length;
    for (const story of scenario.stories) {
      const where = `${story.format}/${story.payload.id}`;
      const nitf = await call(scenario.ctx, 'stories.export', { id: story.id, format: 'nitf' });
      record(`${where} nitf`, checkNitf(nitf.content));
      const review = await call(scenario.ctx, 'stories.export', {
        id: story.id,
        format: 'claimreview',
      });
      record(`${where} claimreview`, checkClaimReview(review.content));
    }
    expect(findings.slice(before)).toEqual([]);
  });

  it('exports every edition in every format with nothing executable', async () => {
    const before = findings.length;
    for (const [index, digest] of scenario.digests.entries()) {
      // The .eml carries the email HTML and the plain text as its parts; exporting those two
      // formats for every edition as well would double the run (each export re-runs the
      // pre-send checks), so every fourth edition exports them on their own too.
      const formats: ExportFormat[] =
        index % 4 === 0
          ? ['html', 'markdown', 'eml', 'email', 'text']
          : ['html', 'markdown', 'eml'];
      for (const format of formats) {
        const { content } = await call(scenario.ctx, 'digests.export', {
          id: digest.id,
          format,
          override: { reason: 'hostile-input corpus' },
        });
        const where = `edition ${digest.payload.id} ${format}`;
        if (format === 'html') record(where, checkWebHtml(content));
        if (format === 'email') record(where, checkEmailHtml(content));
        if (format === 'markdown') record(where, checkMarkdown(content));
        if (format === 'text') {
          const text = checkPlainText(content);
          counts.textControls += text.controls;
          record(where, text.findings);
        }
        if (format === 'eml') {
          const eml = await checkEml(content);
          counts.emlParts += eml.parts;
          counts.textControls += eml.controls;
          record(where, eml.findings);
        }
      }
    }
    expect(findings.slice(before)).toEqual([]);
  }, 120_000);
});
