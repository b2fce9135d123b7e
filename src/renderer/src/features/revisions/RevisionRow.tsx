import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionSummary } from '@shared/model';
import { formatDateTime } from '@renderer/features/stories/dates';
import { InlineConfirm } from '@renderer/app/confirm/InlineConfirm';

/** One revision: its number, why it was made, by whom and when; chosen for comparing, restored. */
export function RevisionRow({
  revision,
  current,
  chosen,
  onChoose,
  onRestore,
}: {
  revision: RevisionSummary;
  /** The story's current text: nothing to restore. */
  current: boolean;
  chosen: boolean;
  onChoose: (chosen: boolean) => void;
  onRestore: () => Promise<void>;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const reason =
    revision.wireVersion !== null
      ? t('revisions.reasonWithVersion', {
          reason: t(`revisions.reasons.${revision.reason}`),
          version: revision.wireVersion,
        })
      : revision.reason === 'restore' && revision.restoredFrom
        ? t('revisions.restoredFrom', { number: revision.restoredFrom })
        : t(`revisions.reasons.${revision.reason}`);

  return (
    <li
      className={chosen ? 'revision-row revision-row--chosen' : 'revision-row'}
      data-testid="revision-item"
      data-revision={revision.number}
    >
      <label className="revision-row__choose">
        <input
          type="checkbox"
          checked={chosen}
          onChange={(event) => onChoose(event.target.checked)}
          aria-label={t('revisions.choose', { number: revision.number })}
        />
        <span className="revision-row__number">
          {t('revisions.number', { number: revision.number })}
        </span>
      </label>
      <div className="revision-row__about">
        <span className="revision-row__reason">
          {reason}
          {current && <span className="revision-row__current"> · {t('revisions.current')}</span>}
        </span>
        <span className="revision-row__meta">
          <time dateTime={revision.createdAt}>
            {formatDateTime(revision.createdAt, i18n.language)}
          </time>
          {' · '}
          {revision.author ?? t('revisions.unknownAuthor')}
        </span>
        <span className="revision-row__headline" dir="auto">
          {revision.headline}
        </span>
      </div>
      {!current && !confirming && (
        <button
          ref={restoreButton}
          type="button"
          className="button button--small revision-row__restore"
          data-testid="revision-restore"
          aria-label={t('revisions.restoreLabel', { number: revision.number })}
          title={t('revisions.restoreLabel', { number: revision.number })}
          onClick={() => setConfirming(true)}
        >
          {t('revisions.restore')}
        </button>
      )}
      {confirming && (
        <div className="revision-row__confirm">
          <InlineConfirm
            tone="caution"
            question={t('revisions.restoreLabel', { number: revision.number })}
            explain={t('revisions.restoreExplain', { number: revision.number })}
            confirmLabel={t('revisions.restoreConfirm')}
            cancelLabel={t('revisions.restoreCancel')}
            confirmTestId="revision-restore-confirm"
            cancelTestId="revision-restore-cancel"
            trigger={restoreButton}
            onConfirm={() => onRestore().finally(() => setConfirming(false))}
            onCancel={() => setConfirming(false)}
          />
        </div>
      )}
    </li>
  );
}
