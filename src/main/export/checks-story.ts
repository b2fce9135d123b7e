import type { AnnotationStatus } from '../../shared/model';
import { expiryPassed } from '../../shared/wire-times';
import type { CheckFinding } from './checks';
import type { ExportSection, ExportStory } from './digest-model';
import { storyImage } from './digest-parts';
import { bodyLinks } from './lexical-walk';
import { imageUrl, linkProblem, webUrl, type LinkProblem } from './links';
import { placeholdersIn } from './placeholders';

/** The pre-send checks of one story (see checks.ts): fact-checks, status, placeholders, media, links. */

/** Fact-check statuses that must not go out unremarked; verified ones need no finding. */
const ANNOTATION_FINDINGS: Partial<
  Record<AnnotationStatus, { severity: CheckFinding['severity']; says: string }>
> = {
  false: { severity: 'error', says: 'is marked false' },
  disputed: { severity: 'error', says: 'is disputed' },
  unverified: { severity: 'warning', says: 'is not verified yet' },
  'needs-source': { severity: 'warning', says: 'still needs a source' },
};

export function storyFindings(
  story: ExportStory,
  section: ExportSection,
  sendAt: Date,
  timezone: string,
  /** The time of the check, when it is before the send time (checked the evening before). */
  checkedAt: Date = sendAt,
): CheckFinding[] {
  const findings: CheckFinding[] = [];
  const name = `“${story.headline}”`;
  const add = (
    severity: CheckFinding['severity'],
    code: string,
    message: string,
    params: Record<string, string | number> = {},
  ) =>
    findings.push({
      severity,
      code,
      message,
      params: { story: story.headline, ...params },
      storyId: story.storyId,
      itemId: story.itemId,
      // The lead is no section of its own (the export model calls it 0): no section id.
      ...(section.id > 0 ? { sectionId: section.id } : {}),
    });

  // Orphaned annotations no longer mark any text in the story, so nothing of theirs goes out.
  for (const annotation of story.annotations) {
    const rule = ANNOTATION_FINDINGS[annotation.status];
    if (annotation.type === 'note' || annotation.orphaned || !rule) continue;
    const kind = annotation.type === 'quote' ? 'Quote' : 'Claim';
    add(
      rule.severity,
      `annotation-${annotation.status}`,
      `${kind} “${unquoted(annotation.quote)}” in ${name} ${rule.says}.`,
      { kind: annotation.type, quote: unquoted(annotation.quote) },
    );
    findings[findings.length - 1]!.annotationId = annotation.id;
  }

  // Found by quote detection and left as they came: no one has said whether they hold.
  if (story.openQuotes > 0) {
    const quotes = story.openQuotes === 1 ? '1 quote' : `${story.openQuotes} quotes`;
    add(
      'warning',
      'quotes-unmarked',
      `${name} has ${quotes} found in its text that no one has marked or dismissed.`,
      { count: story.openQuotes },
    );
  }

  if (story.embargoUntil) {
    const until = new Date(story.embargoUntil);
    if (Number.isNaN(until.getTime())) {
      add(
        'warning',
        'embargo-unreadable',
        `${name} has an embargo time that cannot be read: ${story.embargoUntil}.`,
        { value: story.embargoUntil },
      );
    } else if (until.getTime() > sendAt.getTime()) {
      add('error', 'embargo', `${name} is under embargo until ${localTime(until, timezone)}.`, {
        until: localTime(until, timezone),
        ...instants({ until }, timezone),
      });
    } else if (until.getTime() > checkedAt.getTime()) {
      // Lifted by the send time, not yet now: a file exported now must not go out now.
      const lifts = localTime(until, timezone);
      const closes = localTime(sendAt, timezone);
      add(
        'warning',
        'embargo-before-send',
        `${name} is under embargo until ${lifts}, before the edition closes at ${closes}: do not send or publish it earlier.`,
        { until: lifts, closes, ...instants({ until, closes: sendAt }, timezone) },
      );
    }
  }
  if (story.expiresAt && expiryPassed(story.expiresAt, sendAt.getTime()))
    add(
      'error',
      'expired',
      `${name} expired at ${localTime(new Date(story.expiresAt), timezone)}: the agency no longer allows its use.`,
      {
        at: localTime(new Date(story.expiresAt), timezone),
        ...instants({ at: new Date(story.expiresAt) }, timezone),
      },
    );
  if (story.pubStatus === 'canceled')
    add('error', 'canceled', `${name} was canceled by the agency.`);
  // IPTC's "not to be used for the time being", and what an embargo with no time to lift it is
  // stored as: held until the agency releases it, so it blocks the export as an embargo does.
  if (story.pubStatus === 'withheld')
    add(
      'error',
      'withheld',
      `${name} is withheld by the agency: it may not be used until released.`,
    );

  if (story.overridesOutdated)
    add(
      'warning',
      'override-outdated',
      `${name}: the agency updated the story after its headline or summary in this edition was written; check they still say what the story says.`,
    );

  const fields: [string, string | null][] = [
    ['headline', story.headline],
    ['summary', story.summary],
    // A story sent as its summary alone: its text, with its words and links, goes nowhere.
    ['body', story.showBody ? story.bodyText : null],
    ['caption', story.image?.caption ?? null],
  ];
  for (const [field, text] of fields) {
    for (const placeholder of placeholdersIn(text)) {
      add('error', 'placeholder', `Placeholder “${placeholder}” in the ${field} of ${name}.`, {
        placeholder,
        field,
      });
    }
  }

  if (story.image && (story.image.kind === 'picture' || story.image.kind === 'graphic')) {
    if (!imageUrl(story.image.uri)) {
      add(
        'warning',
        'image-url',
        `The image of ${name} is not an https URL and will not be shown.`,
      );
    } else if (!story.image.caption?.trim()) {
      add(
        'warning',
        'image-alt-missing',
        `The image of ${name} has no caption; its alt text falls back to the headline.`,
      );
    }
  }

  if (story.link) {
    // The story link becomes "read more": it must be a web address, not just a valid URL.
    const problem: LinkProblem | null =
      linkProblem(story.link) ?? (webUrl(story.link) ? null : 'malformed');
    if (problem) {
      const [severity, code, message] = linkFinding(
        problem,
        linkSubject('storyLink', story.headline),
        story.link,
      );
      // A script in the body is the editor's to unlink; the story's own link is the wire's,
      // which the editor cannot change. It is dropped from every export either way (the story
      // goes out without "read more"): said, but no reason to stop the edition.
      add(problem === 'javascript' ? 'warning' : severity, code, message, {
        where: 'storyLink',
        url: shortUrl(story.link),
      });
    }
  }
  for (const url of story.showBody ? bodyLinks(story.body) : []) {
    const problem = linkProblem(url);
    if (problem)
      add(...linkFinding(problem, linkSubject('storyBody', story.headline), url), {
        where: 'storyBody',
        url: shortUrl(url),
      });
  }
  // What every export shows of a story is its headline, then whichever of these it has: with
  // none, a wire flash or an item whose copy never came goes to every reader as a bare line.
  if (!story.summary?.trim() && !story.bodyText.trim() && !webUrl(story.link) && !storyImage(story))
    add(
      'warning',
      'story-empty',
      `${name} has no summary, text, picture or link: readers get its headline alone.`,
    );
  return findings;
}

/**
 * A story from before the edition's window or after its close: an old story left on the board,
 * or the board kept after the close time or zone changed. A warning only: a follow-up to
 * yesterday's story may belong in today's edition, and the editor knows.
 */
export function windowFinding(
  story: ExportStory,
  section: ExportSection,
  window: { start: Date; end: Date },
  timezone: string,
): CheckFinding | null {
  const at = story.wireTime ? new Date(story.wireTime) : null;
  let when: string;
  let atParams: Record<string, string>;
  if (at && !Number.isNaN(at.getTime())) {
    if (at >= window.start && at < window.end) return null;
    when = localTime(at, timezone);
    atParams = instants({ at }, timezone);
  } else if (story.storyDate && /^\d{4}-\d{2}-\d{2}$/.test(story.storyDate)) {
    // A day and no time (a plain-text story's "date" line): outside when no hour of that day
    // is in the window, judged in the edition's zone.
    const day = story.storyDate;
    const last = new Date(window.end.getTime() - 1);
    if (day >= localDay(window.start, timezone) && day <= localDay(last, timezone)) return null;
    when = dayText(day);
    atParams = { atDay: day };
  } else return null;
  const [from, to] = [window.start, window.end].map((instant) => localTime(instant, timezone)) as [
    string,
    string,
  ];
  const bare = (text: string) => text.replace(/ \([^)]*\)$/, '');
  return {
    severity: 'warning',
    code: 'outside-window',
    message: `“${story.headline}” is from ${when}, outside this edition’s window (${bare(from)} – ${bare(to)}).`,
    params: {
      story: story.headline,
      at: when,
      from,
      to,
      ...instants({ from: window.start, to: window.end }, timezone),
      ...atParams,
    },
    storyId: story.storyId,
    itemId: story.itemId,
    ...(section.id > 0 ? { sectionId: section.id } : {}),
  };
}

/** Where a link stands in the edition, as findings name it (`params.where`). */
export type LinkPlace = 'intro' | 'storyLink' | 'storyBody' | 'storyImage';

/** The English words for where a link stands, as the window's `findings.where` says them. */
export function linkSubject(where: LinkPlace, story: string): string {
  switch (where) {
    case 'intro':
      return 'A link in the intro';
    case 'storyLink':
      return `The link of “${story}”`;
    case 'storyBody':
      return `A link in the body of “${story}”`;
    case 'storyImage':
      return `The image of “${story}”`;
  }
}

export function linkFinding(
  problem: LinkProblem,
  subject: string,
  url: string,
): [CheckFinding['severity'], string, string] {
  const shown = shortUrl(url);
  switch (problem) {
    case 'javascript':
      return [
        'error',
        'link-javascript',
        `${subject} is a script (${shown}); it is removed from every export.`,
      ];
    case 'relative':
      return [
        'warning',
        'link-relative',
        `${subject} is relative (${shown}) and leads nowhere from an email; it is dropped.`,
      ];
    case 'malformed':
      return ['warning', 'link-malformed', `${subject} is not a valid web address (${shown}).`];
    case 'private':
      return [
        'warning',
        'link-private',
        `${subject} points to a private address (${shown}) that readers cannot reach.`,
      ];
  }
}

/** A link as a message shows it: long ones cut to 80 characters. */
export function shortUrl(url: string): string {
  return url.length > 80 ? `${url.slice(0, 77)}…` : url;
}

/** The annotated text without its own quotation marks, so the message does not nest them. */
function unquoted(text: string): string {
  // One mark at each end, not a run: „… „не““ ends with the inner quotation's closing mark too.
  return text.trim().replace(/^["„“”«»‘’']|["„“”«»‘’']$/g, '');
}

/**
 * The instants behind a finding's times, so that the window writes them in its own language
 * ("1 яну 2030 г."): `untilAt`, `closesAt`, `atAt` as ISO, with the edition's `timezone`.
 */
function instants(times: Record<string, Date>, timezone: string): Record<string, string> {
  const params: Record<string, string> = { timezone };
  for (const [name, instant] of Object.entries(times)) params[`${name}At`] = instant.toISOString();
  return params;
}

/** The day an instant falls on in the edition's time zone, as YYYY-MM-DD. */
function localDay(instant: Date, timezone: string): string {
  try {
    return new Intl.DateTimeFormat('en-CA', { timeZone: timezone }).format(instant);
  } catch {
    return instant.toISOString().slice(0, 10);
  }
}

/** A day as the English messages write it: "26 Nov 2025". */
function dayText(day: string): string {
  return new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );
}

/** An instant in the edition's time zone, e.g. "14 Mar 2026, 10:00 (Europe/Sofia)". */
function localTime(instant: Date, timezone: string): string {
  try {
    const text = new Intl.DateTimeFormat('en-GB', {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: timezone,
    }).format(instant);
    return `${text} (${timezone})`;
  } catch {
    return instant.toISOString();
  }
}
