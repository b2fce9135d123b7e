import type { CheckFinding } from '../../shared/model';
import type { ExportDigest, ExportSection, ExportStory } from './digest-model';
import { shortUrl } from './checks-story';
import { bodyLinks } from './lexical-walk';
import { probeLinks, type ProbeOptions, type ProbeResult } from './link-probe';
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

type Where = 'intro' | 'storyLink' | 'storyBody' | 'storyImage';

interface EditionLink {
  url: string;
  where: Where;
  story?: ExportStory;
  section?: ExportSection;
}

export async function checkLinksOnline(
  digest: ExportDigest,
  options: ProbeOptions & { concurrency?: number; onProbed?: (done: number) => void } = {},
): Promise<LinkCheckResult> {
  const links = editionLinks(digest);
  const results = await probeLinks(
    links.map((link) => link.url),
    options,
  );
  const findings: CheckFinding[] = [];
  for (const link of links) {
    const result = results.get(link.url);
    if (result && result.outcome !== 'ok') findings.push(linkFinding(link, result));
  }
  return { checked: results.size, findings };
}

/** The web addresses a reader may follow, where they stand: the ones worth a visit. */
export function editionLinks(digest: ExportDigest): EditionLink[] {
  const visitable = (url: string) => linkProblem(url) === null && webUrl(url) !== null;
  const links: EditionLink[] = bodyLinks(digest.intro)
    .filter(visitable)
    .map((url) => ({ url: url.trim(), where: 'intro' as const }));
  for (const section of digest.sections) {
    for (const story of section.items) {
      const at = (where: Where, url: string): EditionLink => ({
        url: url.trim(),
        where,
        story,
        section,
      });
      if (story.link && visitable(story.link)) links.push(at('storyLink', story.link));
      for (const url of bodyLinks(story.body)) if (visitable(url)) links.push(at('storyBody', url));
      const picture = imageUrl(story.image?.uri);
      if (picture && linkProblem(picture) === null) links.push(at('storyImage', picture));
    }
  }
  return links;
}

const SUBJECTS: Record<Where, (story: string) => string> = {
  intro: () => 'A link in the intro',
  storyLink: (story) => `The link of “${story}”`,
  storyBody: (story) => `A link in the body of “${story}”`,
  storyImage: (story) => `The image of “${story}”`,
};

function linkFinding(
  link: EditionLink,
  result: Exclude<ProbeResult, { outcome: 'ok' }>,
): CheckFinding {
  const subject = SUBJECTS[link.where](link.story?.headline ?? '');
  const url = shortUrl(link.url);
  const params: Record<string, string | number> = {
    where: link.where,
    url,
    ...(link.story ? { story: link.story.headline } : {}),
  };
  const placed = link.story
    ? {
        storyId: link.story.storyId,
        itemId: link.story.itemId,
        ...(link.section && link.section.id > 0 ? { sectionId: link.section.id } : {}),
      }
    : {};
  if (result.outcome === 'broken')
    return {
      severity: 'warning',
      code: 'link-broken',
      message: `${subject} leads nowhere: ${url} answers ${result.status}.`,
      params: { ...params, status: result.status },
      ...placed,
    };
  return {
    severity: 'warning',
    code: 'link-unreachable',
    message: `${subject} could not be reached: ${url} (${result.detail}).`,
    params: { ...params, reason: result.reason, detail: result.detail },
    ...placed,
  };
}
