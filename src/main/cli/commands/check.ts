import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';

/**
 * `edition check <digest-id> [--links]`: the pre-send checks; with --links, every web link and
 * picture is visited too (the findings of both in one list). Exit 1 when any is serious.
 */
export async function checkCommand(
  session: CliSession,
  out: Output,
  idArg: string | undefined,
  options: { links?: boolean } = {},
): Promise<number> {
  const id = parseId(idArg, 'digest id');
  const findings = await session.call('digests.check', { id });
  const online = options.links ? await session.call('digests.checkLinks', { id }) : null;
  if (online) findings.push(...online.findings);
  const visited = online
    ? ` (${online.checked} ${online.checked === 1 ? 'link' : 'links'} visited)`
    : '';
  out.data(findings, () =>
    findings.length
      ? findings
          .map(
            (finding) => `${finding.severity.toUpperCase()}\t${finding.code}\t${finding.message}`,
          )
          .join('\n') + (online ? `\nLinks: ${online.checked} visited.` : '')
      : `No findings: ready to send.${visited}`,
  );
  const serious = findings.filter((finding) => finding.severity === 'error').length;
  if (serious === 0) return 0;
  process.stderr.write(
    `edition: ${serious} serious ${serious === 1 ? 'finding blocks' : 'findings block'} the export until fixed or overridden\n`,
  );
  return 1;
}
