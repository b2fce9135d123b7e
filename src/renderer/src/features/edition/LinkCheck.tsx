import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '@shared/errors';
import type { Digest } from '@shared/model';
import { ErrorDetail } from '@renderer/app/errors/ErrorDetail';
import { useErrorText } from '@renderer/app/errors/useErrorText';
import { toErrorInfo } from '@renderer/app/errors/ErrorsContext';
import { checkEditionLinks, type CheckFinding } from './editionApi';
import { FindingsList } from './FindingsList';
import { refocusIfDropped } from '@renderer/lib/refocusIfDropped';

type LinkCheckState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; checked: number; findings: CheckFinding[]; revision: number }
  | { status: 'failed'; error: ErrorInfo };

/**
 * The online part of the checks, on request: it visits every web link and picture of the
 * edition as a reader's click would, so it needs the internet and takes seconds. The checks
 * above judge links by their form only; this says which lead nowhere (404, no such host).
 */
export function LinkCheck({
  digest,
  onGoTo,
  canGoTo,
}: {
  digest: Digest;
  onGoTo: (finding: CheckFinding) => void;
  canGoTo: (finding: CheckFinding) => boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const [state, setState] = useState<LinkCheckState>({ status: 'idle' });

  const run = async (): Promise<void> => {
    setState({ status: 'running' });
    try {
      const { checked, findings } = await checkEditionLinks(digest.id);
      setState({ status: 'done', checked, findings, revision: digest.revision });
    } catch (error) {
      setState({ status: 'failed', error: toErrorInfo(error) });
    }
  };
  const failure = state.status === 'failed' ? errorText(state.error) : null;

  return (
    <div className="link-check">
      <div className="link-check__head">
        <button
          type="button"
          className="button button--small"
          data-testid="check-links"
          title={t('edition.check.linksHint')}
          disabled={state.status === 'running'}
          onClick={(event) => {
            const button = event.currentTarget;
            void run().finally(() => refocusIfDropped(() => button));
          }}
        >
          {state.status === 'running' ? t('edition.check.linksRunning') : t('edition.check.links')}
        </button>
        <p
          role="status"
          aria-live="polite"
          className="link-check__status"
          data-testid="check-links-status"
        >
          {state.status === 'running' && <span className="link-check__busy" aria-hidden="true" />}
          {state.status === 'done' && summary(state, t)}
          {failure && t('edition.check.linksFailed', { message: failure.text })}
          {failure && <ErrorDetail detail={failure.detail} />}
        </p>
      </div>
      {state.status === 'done' && state.revision !== digest.revision && (
        <p className="muted checks__stale">{t('edition.check.stale')}</p>
      )}
      {state.status === 'done' && state.findings.length > 0 && (
        <FindingsList findings={state.findings} onGoTo={onGoTo} canGoTo={canGoTo} />
      )}
    </div>
  );
}

function summary(
  state: Extract<LinkCheckState, { status: 'done' }>,
  t: (key: string, options?: Record<string, unknown>) => string,
): string {
  if (state.checked === 0) return t('edition.check.linksNone');
  if (state.findings.length === 0) return t('edition.check.linksClean', { count: state.checked });
  return t('edition.check.linksFound', {
    count: state.checked,
    problems: t('edition.check.linksProblems', { count: state.findings.length }),
  });
}
