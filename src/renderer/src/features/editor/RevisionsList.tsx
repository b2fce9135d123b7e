import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { formatDateTime } from '@renderer/features/stories/dates';

/** The story's revisions, newest first: where the wire's text went when an editor's was kept. */
export function RevisionsList({ id, storyId }: { id: string; storyId: number }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const reportError = useReportError();
  const [revisions, setRevisions] = useState<RevisionSummary[] | 'failed' | null>(null);

  useEffect(() => {
    let current = true;
    call('stories.revisions', { id: storyId }).then(
      (list) => {
        if (current) setRevisions([...list].sort((a, b) => b.number - a.number));
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setRevisions('failed');
      },
    );
    return () => {
      current = false;
    };
  }, [storyId, reportError]);

  if (revisions === null)
    return (
      <p className="revisions muted" id={id}>
        {t('common.loading')}
      </p>
    );
  if (revisions === 'failed')
    return (
      <p className="revisions" id={id}>
        {t('revisions.failed')}
      </p>
    );
  if (revisions.length === 0)
    return (
      <p className="revisions muted" id={id}>
        {t('revisions.none')}
      </p>
    );
  return (
    <ol className="revisions" id={id} aria-label={t('revisions.label')}>
      {revisions.map((revision) => (
        <li
          key={revision.number}
          className={revision.reason === 'wire-update' ? 'revisions__item--wire' : undefined}
        >
          <span className="revisions__number">
            {t('revisions.number', { number: revision.number })}
          </span>{' '}
          <span>
            {revision.wireVersion !== null
              ? t('revisions.reasonWithVersion', {
                  reason: t(`revisions.reasons.${revision.reason}`),
                  version: revision.wireVersion,
                })
              : t(`revisions.reasons.${revision.reason}`)}
          </span>
          <span className="muted">
            {' · '}
            {formatDateTime(revision.createdAt, i18n.language)}
            {revision.author ? ` · ${revision.author}` : ''}
          </span>
          <span className="revisions__headline">{revision.headline}</span>
        </li>
      ))}
    </ol>
  );
}
