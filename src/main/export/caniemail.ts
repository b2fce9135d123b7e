import { DoIUseEmail } from '@jsx-email/doiuse-email';
import type { CheckFinding } from './checks';

/**
 * The email's HTML and CSS against caniemail.com's data, for the clients most of a newsroom's
 * readers use. Only "not supported" is reported: "partially supported" covers nearly every
 * property in some client (margin, padding, font-size in Outlook) and would bury the signal.
 *
 * Client keys are the library's own (its README lists them). Outlook on the web is in the data
 * as "outlook.outlook-com" but missing from the library's glob list, so it is added to the
 * checker's client list directly; Outlook for Windows is "outlook.windows" (Word's renderer).
 * "outlook.windows-mail" is the retired Windows 10 Mail app, not Outlook, and is not checked.
 *
 * The library checks inline styles, elements, attributes and top-level <style> rules; it does
 * not look inside @media blocks, so the dark-mode and small-screen rules are checked by the
 * email's own tests (simple selectors only) rather than here.
 */
const CLIENT_GLOBS = ['gmail.*', 'outlook.windows', 'apple-mail.*'];
const OUTLOOK_WEB = 'outlook.outlook-com';

/**
 * Features the template uses knowingly, each with the fallback that covers the clients lacking it.
 * Matched on the feature and the client exactly, so anything new still reports.
 */
const ACCEPTED: { feature: string; client: string; why: string }[] = [
  {
    feature: '@media',
    client: 'gmail.mobile-webmail',
    why: 'Dark mode and the small-screen padding are enhancements; without them the inlined light layout is complete and fluid.',
  },
  {
    feature: '@media',
    client: 'outlook.windows',
    why: 'As above; Outlook for Windows gets the fixed 600 px table from the conditional comment instead.',
  },
  {
    feature: 'display:none',
    client: 'gmail.mobile-webmail',
    why: 'The preheader is also max-height:0, overflow:hidden and 1px text in the page colour, which hide it there.',
  },
  {
    feature: 'overflow',
    client: 'outlook.windows',
    why: 'The preheader is hidden from Outlook for Windows by mso-hide:all, which is its own property for this.',
  },
];

export function checkEmailSupport(html: string): CheckFinding[] {
  const checker = new DoIUseEmail({ emailClients: CLIENT_GLOBS });
  // The library types its list as its own union of client keys; the data has this one too.
  (checker.emailClients as string[]).push(OUTLOOK_WEB);
  const result = checker.check(html);
  if (result.success) return [];
  const findings = new Map<string, CheckFinding>();
  for (const message of result.errors) {
    const parsed = /^`(.+)` is not supported by `(.+)`$/.exec(message);
    if (parsed && isAccepted(parsed[1]!, parsed[2]!)) continue;
    // The library reports a feature once per element that uses it; once is enough here.
    findings.set(message, {
      severity: 'warning',
      code: 'email-support',
      message: parsed ? `${parsed[1]} is not supported by ${parsed[2]} (caniemail.com).` : message,
      ...(parsed ? { params: { feature: parsed[1]!, client: parsed[2]! } } : {}),
    });
  }
  return [...findings.values()];
}

function isAccepted(feature: string, client: string): boolean {
  return ACCEPTED.some((entry) => entry.feature === feature && entry.client === client);
}
