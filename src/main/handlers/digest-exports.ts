import { z } from 'zod';
import { AppError } from '../../shared/errors';
import type { CheckFinding, ExportedDigest, ExportFormat } from '../../shared/model';
import { buildExportDigest } from '../digest/export-model';
import type { ExportDigest } from '../export/digest-model';
import { checkEmailSupport } from '../export/caniemail';
import { checkDigest } from '../export/checks';
import { checkLinksOnline } from '../export/link-check';
import { renderEmailHtml } from '../export/email-html';
import { renderEml } from '../export/eml';
import { renderMarkdown } from '../export/markdown';
import { renderPlainText } from '../export/plain-text';
import { renderWebHtml } from '../export/web-html';
import type { HandlerContext } from './context';
import { id } from './schemas';
import type { Routes } from './types';

const FILES: Record<ExportFormat, { extension: string; mimeType: string }> = {
  html: { extension: 'html', mimeType: 'text/html;charset=utf-8' },
  email: { extension: 'email.html', mimeType: 'text/html;charset=utf-8' },
  text: { extension: 'txt', mimeType: 'text/plain;charset=utf-8' },
  markdown: { extension: 'md', mimeType: 'text/markdown;charset=utf-8' },
  eml: { extension: 'eml', mimeType: 'message/rfc822' },
};

const EMAIL_ONLY = /^(subject-|preheader-|email-)/;
const format = z.enum(['html', 'email', 'text', 'markdown', 'eml']);

/** Pre-send checks on the edition and on the email it would send. */
function findings(
  ctx: HandlerContext,
  digest: ExportDigest,
): { findings: CheckFinding[]; emailHtml: string } {
  const emailHtml = renderEmailHtml(digest);
  return {
    emailHtml,
    findings: [
      ...checkDigest(digest, { now: new Date(ctx.now()), emailHtml }),
      ...checkEmailSupport(emailHtml),
    ],
  };
}

async function render(
  format: ExportFormat,
  digest: ExportDigest,
  emailHtml: string,
): Promise<string> {
  switch (format) {
    case 'html':
      return renderWebHtml(digest);
    case 'email':
      return emailHtml;
    case 'text':
      return renderPlainText(digest);
    case 'markdown':
      return renderMarkdown(digest);
    case 'eml':
      // From the sender address in Settings (Branding.senderAddress).
      return (await renderEml(digest)).toString('utf8');
  }
}

/** The edition as a file in the format, with the findings that concern that format. */
async function exportFile(
  ctx: HandlerContext,
  digestId: number,
  format: ExportFormat,
): Promise<{ file: ExportedDigest & { findings: CheckFinding[] }; digest: ExportDigest }> {
  const digest = buildExportDigest(ctx, digestId);
  const checked = findings(ctx, digest);
  // A web page has no subject line or inbox size limit: email-only findings concern email only.
  const relevant = checked.findings.filter(
    (finding) => format === 'email' || format === 'eml' || !EMAIL_ONLY.test(finding.code),
  );
  const { extension, mimeType } = FILES[format];
  return {
    digest,
    file: {
      format,
      fileName: `edition-${digest.date}-${digest.id}.${extension}`,
      mimeType,
      content: await render(format, digest, checked.emailHtml),
      findings: relevant,
    },
  };
}

export const digestExportRoutes: Routes<
  'digests.export' | 'digests.check' | 'digests.checkLinks' | 'digests.preview'
> = {
  /**
   * The edition as readers would get it, whatever the checks find: looking is not sending, and
   * an editor fixes findings faster with the email in view.
   */
  'digests.preview': {
    schema: z.object({ id, format }),
    handle: async (req, ctx) => (await exportFile(ctx, req.id, req.format)).file,
  },
  'digests.check': {
    schema: z.object({ id }),
    handle: (req, ctx) => findings(ctx, buildExportDigest(ctx, req.id)).findings,
  },
  'digests.checkLinks': {
    schema: z.object({ id }),
    handle: (req, ctx) => checkLinksOnline(buildExportDigest(ctx, req.id)),
  },
  'digests.export': {
    schema: z.object({
      id,
      format,
      override: z
        .object({
          reason: z
            .string()
            .trim()
            .min(3, 'say why the checks are overridden, in 3 characters or more')
            .max(2000),
        })
        .optional(),
    }),
    handle: async (req, ctx): Promise<ExportedDigest & { findings: CheckFinding[] }> => {
      const { file, digest } = await exportFile(ctx, req.id, req.format);
      const errors = file.findings.filter((finding) => finding.severity === 'error');
      if (errors.length > 0) {
        if (!req.override) {
          throw new AppError(
            'blocked',
            `Export blocked by ${errors.length} serious finding${errors.length === 1 ? '' : 's'}: ${errors.map((finding) => finding.message).join(' | ')}`,
          );
        }
        ctx.digests.recordOverride(
          digest.id,
          req.format,
          req.override.reason,
          ctx.settings.read<string | null>('authorName', null),
          errors,
          ctx.now(),
        );
      }
      return file;
    },
  },
};
