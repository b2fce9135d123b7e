import { fieldLength, SUBJECT_MAX, SUBJECT_MIN } from '../../shared/characters';
import { DEFAULT_PUBLICATION, type CheckFinding } from '../../shared/model';
import { editionWindow } from '../digest/window';
import { linkFinding, linkSubject, shortUrl, storyFindings, windowFinding } from './checks-story';
import { bodyLinks } from './lexical-walk';
import { linkProblem } from './links';
import type { ExportDigest } from './digest-model';
import { emailPrintsBody, visibleSections } from './digest-parts';
import { unsubscribeLink } from './unsubscribe';
import { placeholdersIn } from './placeholders';

/**
 * Pre-send checks: what an editor must fix (errors) or look at (warnings) before the digest goes
 * out. Pure: the send time and the rendered email are passed in, so a check is repeatable.
 * Messages are English and name the story by its headline, as the editor sees it in the digest.
 */
export type { CheckFinding } from '../../shared/model';

export interface CheckOptions {
  /** The time of the check; the edition is judged as it will be sent (see sendTime). */
  now: Date;
  /** The rendered email (renderEmailHtml), measured for Gmail's clipping limit. */
  emailHtml: string;
}

/** Gmail clips a message's HTML beyond 102 KB, hiding the rest behind "View entire message". */
export const GMAIL_CLIP_BYTES = 102 * 1024;
export const EMAIL_SIZE_WARNING_BYTES = 90 * 1024;

export function checkDigest(digest: ExportDigest, options: CheckOptions): CheckFinding[] {
  const findings: CheckFinding[] = [
    ...digestFindings(digest),
    ...sizeFindings(digest, options.emailHtml),
  ];
  const sendAt = sendTime(digest, options.now);
  const range = editionWindow(digest.date, digest.closeTime, digest.timezone);
  const window = { start: new Date(range.start), end: new Date(range.end) };
  if (digest.sections.every((section) => section.items.length === 0)) {
    // An error, not a warning: an empty digest sent by mistake reaches every reader.
    findings.push({
      severity: 'error',
      code: 'edition-empty',
      message: 'The edition has no stories.',
      params: {},
    });
  }
  for (const section of digest.sections) {
    for (const placeholder of placeholdersIn(section.name)) {
      findings.push({
        severity: 'error',
        code: 'placeholder',
        message: `Placeholder “${placeholder}” in the section name “${section.name}”.`,
        params: { placeholder, field: 'section', section: section.name },
        sectionId: section.id,
      });
    }
    if (section.items.length === 0) {
      findings.push({
        severity: 'warning',
        code: 'empty-section',
        message: `Section “${section.name}” has no stories.`,
        params: { section: section.name },
        sectionId: section.id,
      });
    }
    for (const story of section.items) {
      findings.push(...storyFindings(story, section, sendAt, digest.timezone, options.now));
      const outside = windowFinding(story, section, window, digest.timezone);
      if (outside) findings.push(outside);
    }
  }
  return findings;
}

/**
 * When the edition goes out: at its close time, or now if that has passed. An embargo lifting
 * before the 07:00 edition is no error when the editor checks the evening before; a story whose
 * use expires overnight is.
 */
function sendTime(digest: ExportDigest, now: Date): Date {
  const close = Date.parse(editionWindow(digest.date, digest.closeTime, digest.timezone).end);
  return new Date(Math.max(now.getTime(), close));
}

function digestFindings(digest: ExportDigest): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const subject = digest.subject.trim();
  // Characters as the reader sees them (and as the window's counter shows): 👍🏽 is one, not two.
  const subjectLength = fieldLength(subject);
  if (!subject) {
    findings.push({
      severity: 'error',
      code: 'subject-empty',
      message: 'The subject is empty.',
      params: {},
    });
  } else if (subjectLength < SUBJECT_MIN || subjectLength > SUBJECT_MAX) {
    findings.push({
      severity: 'warning',
      code: 'subject-length',
      message: `The subject is ${subjectLength} character${subjectLength === 1 ? '' : 's'} long; keep it between ${SUBJECT_MIN} and ${SUBJECT_MAX}.`,
      params: { length: subjectLength, min: SUBJECT_MIN, max: SUBJECT_MAX },
    });
  }
  if (!digest.preheader.trim()) {
    findings.push({
      severity: 'warning',
      code: 'preheader-missing',
      message: 'The preheader is empty; inboxes will preview the intro instead.',
      params: {},
    });
  }
  // Gmail and Yahoo ask it of bulk senders, and a reader with no way out marks the mail spam.
  if (!unsubscribeLink(digest.branding.unsubscribeUrl)) {
    findings.push({
      severity: 'warning',
      code: 'email-unsubscribe-missing',
      message:
        'The email has no unsubscribe link: set one in Settings (a web page, a mailto: address or your mail service’s merge tag).',
      params: {},
    });
  }
  // The masthead, the footer and the .eml's From name all say it: "EDITION" is no paper.
  const publication = digest.branding.publication.trim();
  if (!publication || publication.toLowerCase() === DEFAULT_PUBLICATION.toLowerCase()) {
    findings.push({
      severity: 'warning',
      code: 'email-publication-default',
      message: `The publication is named “${DEFAULT_PUBLICATION}”, the app's default: set your publication's name in Settings (it heads the email, signs its footer and names its sender).`,
      params: { name: DEFAULT_PUBLICATION },
    });
  }
  const fields: [string, string | null][] = [
    ['subject', digest.subject],
    ['preheader', digest.preheader],
    ['title', digest.title],
    ['intro', digest.introText],
    ['sign-off', digest.signoff],
  ];
  for (const url of bodyLinks(digest.intro)) {
    const problem = linkProblem(url);
    if (!problem) continue;
    const [severity, code, message] = linkFinding(problem, linkSubject('intro', ''), url);
    findings.push({ severity, code, message, params: { where: 'intro', url: shortUrl(url) } });
  }
  for (const [field, text] of fields) {
    for (const placeholder of placeholdersIn(text)) {
      findings.push({
        severity: 'error',
        code: 'placeholder',
        message: `Placeholder “${placeholder}” in the ${field}.`,
        params: { placeholder, field },
      });
    }
  }
  return findings;
}

function sizeFindings(digest: ExportDigest, emailHtml: string): CheckFinding[] {
  const bytes = Buffer.byteLength(emailHtml, 'utf8');
  const kb = (bytes / 1024).toFixed(1);
  if (bytes > GMAIL_CLIP_BYTES) {
    const headlines = printedInFull(digest, bytes);
    const stories = headlines.map((headline) => `“${headline}”`).join(', ');
    return [
      {
        severity: 'error',
        code: 'email-clipped',
        message: stories
          ? `The email is ${kb} KB; Gmail clips anything over 102 KB. Printed in full, having no link to the site: ${stories}. Give them a link, a shorter text or their summary alone (untick the item’s “Full text”), or remove stories.`
          : `The email is ${kb} KB; Gmail clips anything over 102 KB. Remove stories or shorten summaries.`,
        // The headlines one per line: the window quotes them as its language does.
        params: stories ? { kb, stories: headlines.join('\n') } : { kb },
      },
    ];
  }
  if (bytes > EMAIL_SIZE_WARNING_BYTES) {
    return [
      {
        severity: 'warning',
        code: 'email-size',
        message: `The email is ${kb} KB, close to Gmail's 102 KB clipping limit.`,
        params: { kb },
      },
    ];
  }
  return [];
}

/** The share of an email's size the stories printed in full must make for them to be named… */
const FULL_TEXT_SHARE = 0.25;
/** …and that each of those named makes: a short story printed in full is not the trouble. */
const STORY_SHARE = 0.05;

/**
 * The stories that make an email too big without the editor having written anything long: a
 * story without a link to the site goes out with its whole text (see email-template.ts). Where
 * their texts together are a real share of the email (one long story, or several middling),
 * the longest three, by headline; else none (the summaries and the number of stories are).
 */
function printedInFull(digest: ExportDigest, emailBytes: number): string[] {
  const full = visibleSections(digest)
    .flatMap((section) => section.items)
    .filter(emailPrintsBody)
    .map((story) => ({ story, bytes: Buffer.byteLength(story.bodyText, 'utf8') }))
    .filter(({ bytes }) => bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
  const total = full.reduce((sum, { bytes }) => sum + bytes, 0);
  if (total < emailBytes * FULL_TEXT_SHARE) return [];
  return full
    .filter(({ bytes }) => bytes >= emailBytes * STORY_SHARE)
    .slice(0, 3)
    .map(({ story }) => story.headline);
}
