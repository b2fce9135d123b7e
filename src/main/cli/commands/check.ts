import type { CliSession } from '../context';
import type { Output } from '../output';
import { parseId } from '../parse-id';

/** `edition check <digest-id>`: the pre-send checks; exit 1 when any finding is serious. */
export async function checkCommand(
  session: CliSession,
  out: Output,
  idArg: string | undefined,
): Promise<number> {
  const findings = await session.call('digests.check', { id: parseId(idArg, 'digest id') });
  out.data(findings, () =>
    findings.length
      ? findings
          .map(
            (finding) => `${finding.severity.toUpperCase()}\t${finding.code}\t${finding.message}`,
          )
          .join('\n')
      : 'No findings: ready to send.',
  );
  return findings.some((finding) => finding.severity === 'error') ? 1 : 0;
}
