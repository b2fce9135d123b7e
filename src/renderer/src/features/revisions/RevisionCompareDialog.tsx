import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RevisionContent } from '@shared/model';
import { useModalDialog } from '@renderer/app/dialog/useModalDialog';
import { formatDateTime } from '@renderer/features/stories/dates';
import { useRevisionPair } from './useRevisionPair';
import { wordDiff } from './wordDiff';
import { DiffColumn } from './DiffColumn';

function RevisionHeading({ revision }: { revision: RevisionContent }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <header className="diff-column__head">
      <h3 className="diff-column__title">
        {t('revisions.number', { number: revision.number })}{' '}
        <span className="diff-column__reason">{t(`revisions.reasons.${revision.reason}`)}</span>
      </h3>
      <p className="diff-column__meta">
        {formatDateTime(revision.createdAt, i18n.language)}
        {' · '}
        {revision.author ?? t('revisions.unknownAuthor')}
      </p>
    </header>
  );
}

/**
 * Two revisions side by side, compared word by word: the older on the left with its deleted
 * words struck through, the newer on the right with its inserted words underlined.
 */
export function RevisionCompareDialog({
  storyId,
  older,
  newer,
  onClose,
}: {
  storyId: number;
  older: number;
  newer: number;
  onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { ref: dialog, titleId, close, onCancel } = useModalDialog(onClose);
  const load = useRevisionPair(storyId, older, newer);

  const diff = useMemo(() => {
    if (load.kind !== 'ready') return null;
    return {
      headline: wordDiff(load.older.headline, load.newer.headline),
      body: wordDiff(load.older.bodyText, load.newer.bodyText),
    };
  }, [load]);
  const unchanged = diff !== null && diff.body.every((part) => part.kind === 'equal');

  return (
    <dialog
      ref={dialog}
      className="compare-dialog"
      data-testid="revision-compare-dialog"
      aria-labelledby={titleId}
      onCancel={onCancel}
    >
      <div className="compare-dialog__head">
        <h2 className="compare-dialog__title" id={titleId}>
          {t('revisions.compareTitle', { older, newer })}
        </h2>
        <p className="compare-dialog__legend">
          <del>{t('revisions.legendDeleted')}</del> <ins>{t('revisions.legendInserted')}</ins>
        </p>
        <button
          type="button"
          className="icon-button"
          data-testid="revision-compare-close"
          onClick={close}
          aria-label={t('revisions.compareClose')}
          title={t('revisions.compareClose')}
        >
          {t('common.closeGlyph')}
        </button>
      </div>
      {load.kind === 'loading' && (
        <p className="muted compare-dialog__note">{t('common.loading')}</p>
      )}
      {load.kind === 'failed' && (
        <p className="compare-dialog__note">{t('revisions.compareFailed')}</p>
      )}
      {load.kind === 'ready' && diff && (
        <div className="compare-dialog__body">
          {unchanged && <p className="compare-dialog__note muted">{t('revisions.sameText')}</p>}
          <div className="compare-dialog__columns">
            <section
              className="diff-column"
              aria-label={t('revisions.olderLabel', { number: older })}
            >
              <RevisionHeading revision={load.older} />
              <div className="diff-column__headline">
                <DiffColumn parts={diff.headline} side="older" />
              </div>
              <DiffColumn parts={diff.body} side="older" />
            </section>
            <section
              className="diff-column"
              aria-label={t('revisions.newerLabel', { number: newer })}
            >
              <RevisionHeading revision={load.newer} />
              <div className="diff-column__headline">
                <DiffColumn parts={diff.headline} side="newer" />
              </div>
              <DiffColumn parts={diff.body} side="newer" />
            </section>
          </div>
        </div>
      )}
    </dialog>
  );
}
