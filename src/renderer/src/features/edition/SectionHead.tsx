import { memo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DigestSection } from '@shared/model';
import { InlineConfirm } from '@renderer/app/confirm/InlineConfirm';
import type { BoardActions } from './boardActions';
import { useFollowedValue } from './useFollowedValue';

/**
 * A section's name, edited in place: Enter or leaving the field renames, Escape goes back. It
 * shows the stored name (main's answer, another window's rename) unless it holds typing not yet
 * saved — not yet sent, on its way, or whose rename failed — which stays, and is what is sent.
 */
function SectionName({
  section,
  actions,
  headingId,
}: {
  section: DigestSection;
  actions: BoardActions;
  headingId: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  // 'typing': changed here and not sent yet; 'saving': the rename is on its way; 'error': it
  // failed, and the typing waits to be sent again (Enter, or leaving the field).
  const [status, setStatus] = useState<'saved' | 'typing' | 'saving' | 'error'>('saved');
  // Not by remounting the field on a new name: that threw the keyboard out of it at Enter.
  const [name, setName] = useFollowedValue(
    section.name,
    status !== 'saved',
    (shown, stored) => shown.trim() === stored,
  );
  /** Counts the rounds of typing: a rename's answer settles the field only if none came since. */
  const edits = useRef(0);
  const settled = (): void => {
    edits.current += 1;
    setStatus('saved');
  };
  const commit = (): void => {
    const trimmed = name.trim();
    if (!trimmed) {
      setName(section.name);
      settled();
    } else if (trimmed === section.name) {
      setName(trimmed);
      settled();
    } else {
      setName(trimmed);
      setStatus('saving');
      const round = edits.current;
      void actions.renameSection(section.id, trimmed).then((ok) => {
        if (edits.current === round) setStatus(ok ? 'saved' : 'error');
      });
    }
  };
  return (
    <input
      id={headingId}
      className="section-head__name"
      data-testid="section-name"
      data-section-id={section.id}
      value={name}
      maxLength={120}
      aria-label={t('edition.section.nameLabel')}
      aria-invalid={name.trim() === '' ? true : undefined}
      onChange={(event) => {
        edits.current += 1;
        setName(event.target.value);
        setStatus('typing');
      }}
      onBlur={commit}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit();
        } else if (event.key === 'Escape') {
          event.preventDefault();
          setName(section.name);
          settled();
        }
      }}
    />
  );
}

export const SectionHead = memo(function SectionHead({
  section,
  index,
  sectionCount,
  itemCount,
  actions,
  headingId,
}: {
  section: DigestSection;
  index: number;
  sectionCount: number;
  itemCount: number;
  actions: BoardActions;
  headingId: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="section-head">
      <div className="section-head__row">
        <SectionName section={section} actions={actions} headingId={headingId} />
        <span className="section-head__count">
          {t('edition.section.count', { count: itemCount })}
        </span>
        <button
          type="button"
          className="icon-button"
          data-testid="section-move-up"
          disabled={index === 0}
          aria-label={t('edition.section.moveUp', { name: section.name })}
          title={t('edition.section.moveUp', { name: section.name })}
          onClick={() => actions.moveSection(section.id, -1)}
        >
          <span aria-hidden="true">↑</span>
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid="section-move-down"
          disabled={index === sectionCount - 1}
          aria-label={t('edition.section.moveDown', { name: section.name })}
          title={t('edition.section.moveDown', { name: section.name })}
          onClick={() => actions.moveSection(section.id, 1)}
        >
          <span aria-hidden="true">↓</span>
        </button>
        <button
          ref={deleteButton}
          type="button"
          className="button button--small button--quiet"
          data-testid="section-delete"
          aria-expanded={confirming}
          aria-label={t('edition.section.deleteLabel', { name: section.name })}
          onClick={() => setConfirming(true)}
        >
          {t('edition.section.delete')}
        </button>
      </div>
      {confirming && (
        <InlineConfirm
          question={t('edition.section.confirmLabel')}
          explain={
            itemCount > 0
              ? t('edition.section.confirmWithItems', { name: section.name, count: itemCount })
              : t('edition.section.confirmEmpty', { name: section.name })
          }
          confirmLabel={t('edition.section.confirmDelete')}
          cancelLabel={t('edition.section.cancel')}
          confirmTestId="section-delete-confirm"
          cancelTestId="section-delete-cancel"
          trigger={deleteButton}
          onConfirm={() => {
            setConfirming(false);
            actions.deleteSection(section.id);
          }}
          onCancel={() => setConfirming(false)}
        />
      )}
    </div>
  );
});
