import type { CheckFinding } from '../../shared/model';
import type { ExportDigest, ExportSection, ExportStory } from './digest-model';
import { linkSubject, shortUrl, type LinkPlace } from './checks-story';
import { bodyLinks } from './lexical-walk';
import { probeLinks, type ProbeOptions, type ProbeResult } from './link-probe';
import { privateHost } from '../transports/private-address';
import { publicOnlyFetch, systemLookup, type HostLookup } from '../transports/public-fetch';
import { imageUrl, linkProblem, webUrl } from './links';

/**
 * The online part of the pre-send checks: every web link and picture of the edition visited,
 * and those that lead nowhere reported. Run on request only (it needs the network and takes
 * seconds), beside the checks that judge a link by its form (checks-story.ts). Links those
 * checks already flag (relative, scripts, private addresses) are not visited.
 */
export interface LinkCheckResult {
  /** How many different addresses were visited. */
  checked: number;
  findings: CheckFinding[];
}

interface EditionLink {
  url: string;
  where: LinkPlace;
  story?: ExportStory;
  section?: ExportSection;
}

export async function checkLinksOnline(
  digest: ExportDigest,
  options: ProbeOptions & { concurrency?: number; lookup?: HostLookup } = {},
): Promise<LinkCheckResult> {
  const links = editionLinks(digest);
  const hosts = new Map(links.map((link) => [link, new URL(link.url).hostname]));
  const host = (link: EditionLink) => hosts.get(link)!;
  // A public-looking name that stands for a private address (an intranet host under the
  // paper's own domain) is no reader's either, and is not visited.
  const resolve = options.lookup ?? systemLookup;
  const inside = await privatelyResolved(links.map(host), resolve);
  // The visits themselves connect to public addresses only, judged by the lookup each
  // connection makes: a name may answer differently by then (DNS rebinding).
  const guarded = options.fetch ? null : publicOnlyFetch(resolve);
  const results = await probeLinks(
    links.filter((link) => !inside.has(host(link))).map((link) => link.url),
    {
      ...options,
      ...(guarded && { fetch: guarded.fetch }),
      mayVisit: (next) => publicAddress(next, resolve),
    },
  ).finally(() => guarded?.close());
  const findings: CheckFinding[] = [];
  for (const link of links) {
    const address = inside.get(host(link));
    const result = results.get(link.url);
    if (address) findings.push(privateFinding(link, address));
    else if (result?.outcome === 'refused' && result.target === link.url)
      findings.push(privateFinding(link, result.address ?? host(link)));
    else if (result?.outcome === 'refused')
      findings.push(
        privateFinding(link, result.address ?? new URL(result.target).hostname, result.target),
      );
    else if (result && result.outcome !== 'ok') findings.push(linkFinding(link, result));
  }
  return { checked: results.size, findings };
}

/** Whether a redirect may be followed there: a web address, not a private one by form or name. */
async function publicAddress(url: URL, resolve: HostLookup): Promise<boolean> {
  if (linkProblem(url.href) !== null) return false;
  const inside = await privatelyResolved([url.hostname], resolve);
  return inside.size === 0;
}

/** Each host that resolves to a private address, with that address; a failed lookup is no answer. */
async function privatelyResolved(
  hostnames: string[],
  resolve: HostLookup,
): Promise<Map<string, string>> {
  const inside = new Map<string, string>();
  await Promise.all(
    [...new Set(hostnames)].map(async (hostname) => {
      const addresses = await resolve(hostname).catch(() => [] as string[]);
      const address = addresses.find((candidate) => privateHost(candidate));
      if (address) inside.set(hostname, address);
    }),
  );
  return inside;
}

/** The web addresses a reader may follow, where they stand: the ones worth a visit. */
export function editionLinks(digest: ExportDigest): EditionLink[] {
  const visitable = (url: string) => linkProblem(url) === null && webUrl(url) !== null;
  const links: EditionLink[] = bodyLinks(digest.intro)
    .filter(visitable)
    .map((url) => ({ url: url.trim(), where: 'intro' as const }));
  for (const section of digest.sections) {
    for (const story of section.items) {
      const at = (where: LinkPlace, url: string): EditionLink => ({
        url: url.trim(),
        where,
        story,
        section,
      });
      if (story.link && visitable(story.link)) links.push(at('storyLink', story.link));
      if (story.showBody)
        for (const url of bodyLinks(story.body))
          if (visitable(url)) links.push(at('storyBody', url));
      const picture = imageUrl(story.image?.uri);
      if (picture && linkProblem(picture) === null) links.push(at('storyImage', picture));
    }
  }
  return links;
}

/** Where a finding about the link points: its story and section, or the intro. */
function placed(link: EditionLink) {
  return link.story
    ? {
        storyId: link.story.storyId,
        itemId: link.story.itemId,
        ...(link.section && link.section.id > 0 ? { sectionId: link.section.id } : {}),
      }
    : {};
}

function baseParams(link: EditionLink): Record<string, string | number> {
  return {
    where: link.where,
    url: shortUrl(link.url),
    ...(link.story ? { story: link.story.headline } : {}),
  };
}

/** A link that is, or redirects to (`via`), an address only the newsroom reaches. */
function privateFinding(link: EditionLink, address: string, via?: string): CheckFinding {
  const subject = linkSubject(link.where, link.story?.headline ?? '');
  const where = via ? `${shortUrl(link.url)} → ${shortUrl(via)}` : shortUrl(link.url);
  return {
    severity: 'warning',
    code: 'link-private',
    message: `${subject} points to a private address (${where}, ${address}) that readers cannot reach.`,
    params: { ...baseParams(link), address, ...(via ? { url: where } : {}) },
    ...placed(link),
  };
}

function linkFinding(
  link: EditionLink,
  result: Extract<ProbeResult, { outcome: 'broken' | 'unreachable' }>,
): CheckFinding {
  const subject = linkSubject(link.where, link.story?.headline ?? '');
  const url = shortUrl(link.url);
  const params = baseParams(link);
  if (result.outcome === 'broken')
    return {
      severity: 'warning',
      code: 'link-broken',
      message: `${subject} leads nowhere: ${url} answers ${result.status}.`,
      params: { ...params, status: result.status },
      ...placed(link),
    };
  return {
    severity: 'warning',
    code: 'link-unreachable',
    message: `${subject} could not be reached: ${url} (${result.detail}).`,
    params: { ...params, reason: result.reason, detail: result.detail },
    ...placed(link),
  };
}
