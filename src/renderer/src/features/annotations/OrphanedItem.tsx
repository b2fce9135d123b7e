import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Annotation } from '@shared/model';
import { ANCHOR_ANNOTATION_COMMAND } from '@renderer/editor/plugins/AnnotationMarksPlugin';
import { useAnnotations } from './AnnotationsContext';
import { ConfirmDelete } from './ConfirmDelete';
import { TypeChip } from './TypeChip';

/**
 * An annotation whose text was deleted: its last quote, kept for re-anchoring. It comes back by
 * itself when the quote is typed or pasted again; "Re-anchor here" puts it on selected text.
 */
export function OrphanedItem({ annotation }: { annotation: Annotation }): React.JSX.Element {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { hasTextSelection, remove, setActiveId } = useAnnotations();
  const [confirming, setConfirming] = useState(false);
  const deleteButton = useRef<HTMLButtonElement>(null);

  return (
    <li
      className="annotation-item annotation-item--orphaned"
      data-testid="orphaned-item"
      data-annotation-id={annotation.id}
      data-status={annotation.status}
    >
      <div className="annotation-item__head">
        <TypeChip type={annotation.type} />
        <span className={`status-select status-select--${annotation.status}`}>
          <span className="status-dot" aria-hidden="true" />
          {t(`annotations.statuses.${annotation.status}`)}
        </span>
        <button
          ref={deleteButton}
          type="button"
          className="button button--small annotation-item__delete"
          data-testid="annotation-delete"
          aria-label={t('annotations.delete')}
          onClick={() => setConfirming(true)}
        >
          {t('annotations.deleteShort')}
        </button>
      </div>
      {confirming && (
        <ConfirmDelete
          trigger={deleteButton}
          onCancel={() => setConfirming(false)}
          onConfirm={async () => {
            if (!(await remove(annotation.id))) setConfirming(false);
          }}
        />
      )}
      <p className="annotation-item__last-quote">
        <span className="muted">{t('annotations.lastQuote')}</span> <bdi>{annotation.quote}</bdi>
      </p>
      {annotation.speaker && (
        <p className="annotation-item__speaker muted">
          {t('annotations.speakerIs', { speaker: annotation.speaker })}
        </p>
      )}
      <button
        type="button"
        className="button button--small"
        data-testid="orphaned-reanchor"
        disabled={!hasTextSelection}
        title={hasTextSelection ? undefined : t('annotations.reanchorHint')}
        // The selection to anchor to is the editor's: the click must not take focus from it.
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          if (editor.dispatchCommand(ANCHOR_ANNOTATION_COMMAND, { id: annotation.id })) {
            setActiveId(annotation.id);
          }
        }}
      >
        {t('annotations.reanchor')}
      </button>
    </li>
  );
}
