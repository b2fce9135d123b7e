import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import type { Annotation } from '@shared/model';
import {
  SELECT_ANNOTATION_COMMAND,
  UNMARK_ANNOTATION_COMMAND,
} from '@renderer/editor/plugins/AnnotationMarksPlugin';
import { besideRow } from '@renderer/lib/refocusIfDropped';
import { useAnnotationActions } from './AnnotationsContext';
import { StatusSelect } from './StatusSelect';
import { CommitField } from './CommitField';
import { ConfirmDelete } from './ConfirmDelete';
import { AnnotationNotes } from './AnnotationNotes';
import { AnnotationHistory } from './AnnotationHistory';
import { TypeChip } from './TypeChip';
import { normaliseSourceUrl, validSourceUrl } from './sourceUrl';

/**
 * One annotation in the panel. Its quote takes the editor to the marked text; the item opens
 * (source, notes, history) when it is chosen here or the caret is in its mark. Memoised: a
 * story has hundreds, and a save or a caret move changes one of them at most.
 */
export const AnnotationItem = memo(function AnnotationItem({
  annotation,
  active,
  underCaret,
}: {
  annotation: Annotation;
  active: boolean;
  underCaret: boolean;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [editor] = useLexicalComposerContext();
  const { update, remove, addNote, setActiveId } = useAnnotationActions();
  const [expanded, setExpanded] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const item = useRef<HTMLLIElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const open = expanded || active;

  // The caret went into this annotation's mark: bring its item into sight in the panel.
  useEffect(() => {
    if (underCaret) item.current?.scrollIntoView({ block: 'nearest' });
  }, [underCaret]);

  const classes = ['annotation-item', `annotation-item--${annotation.status}`];
  if (active || underCaret) classes.push('annotation-item--active');

  return (
    <li
      ref={item}
      className={classes.join(' ')}
      data-testid="annotation-item"
      data-annotation-id={annotation.id}
      data-status={annotation.status}
    >
      <div className="annotation-item__head">
        <TypeChip type={annotation.type} />
        <StatusSelect
          value={annotation.status}
          onChange={(status) => void update(annotation.id, { status })}
        />
        <button
          type="button"
          className="icon-button annotation-item__toggle"
          aria-expanded={open}
          aria-label={open ? t('annotations.collapse') : t('annotations.expand')}
          title={open ? t('annotations.collapse') : t('annotations.expand')}
          onClick={() => {
            if (open) {
              setExpanded(false);
              if (active) setActiveId(null);
            } else setExpanded(true);
          }}
        >
          {open ? t('annotations.collapseGlyph') : t('annotations.expandGlyph')}
        </button>
      </div>
      <button
        type="button"
        className="annotation-item__quote"
        // The story's words in their own direction (Hebrew, Arabic), whatever the interface's.
        dir="auto"
        title={t('annotations.goToText')}
        onClick={() => {
          setActiveId(annotation.id);
          editor.dispatchCommand(SELECT_ANNOTATION_COMMAND, annotation.id);
        }}
      >
        {annotation.quote}
      </button>
      <CommitField
        label={t('annotations.speaker')}
        value={annotation.speaker}
        placeholder={t('annotations.speakerPlaceholder')}
        testId="annotation-speaker"
        onCommit={(speaker) => update(annotation.id, { speaker })}
      />
      {open && (
        <div className="annotation-item__details">
          <div className="annotation-item__source">
            <CommitField
              label={t('annotations.sourceName')}
              value={annotation.sourceName}
              placeholder={t('annotations.sourceNamePlaceholder')}
              testId="annotation-source-name"
              onCommit={(sourceName) => update(annotation.id, { sourceName })}
            />
            <CommitField
              label={t('annotations.sourceUrl')}
              value={annotation.sourceUrl}
              placeholder="https://…"
              type="url"
              testId="annotation-source-url"
              validate={(url) =>
                normaliseSourceUrl(url) !== null ? null : t('annotations.sourceUrlInvalid')
              }
              onCommit={(sourceUrl) =>
                update(annotation.id, {
                  sourceUrl: sourceUrl === null ? null : normaliseSourceUrl(sourceUrl),
                })
              }
            />
            {annotation.sourceUrl && validSourceUrl(annotation.sourceUrl) && (
              <a
                className="annotation-item__source-link"
                href={annotation.sourceUrl}
                target="_blank"
                rel="noreferrer noopener"
              >
                {t('annotations.openSource')}
              </a>
            )}
          </div>
          <AnnotationNotes annotation={annotation} onAdd={(text) => addNote(annotation.id, text)} />
          <div className="annotation-item__footer">
            <AnnotationHistory annotation={annotation} />
            {!confirming && (
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
            )}
          </div>
          {confirming && (
            <ConfirmDelete
              trigger={deleteButton}
              onCancel={() => setConfirming(false)}
              onConfirm={async () => {
                // Where a keyboard goes on from once this item is gone: the next one's quote,
                // else the one before's, else the panel's title (not the page's top).
                const row = item.current;
                const panel = row?.closest('.annotations-panel');
                const next = besideRow(row, '.annotation-item__quote', () =>
                  panel?.querySelector<HTMLElement>('.pane__title'),
                );
                if (await remove(annotation.id)) {
                  editor.dispatchCommand(UNMARK_ANNOTATION_COMMAND, annotation.id);
                  next()?.focus();
                } else setConfirming(false);
              }}
            />
          )}
        </div>
      )}
    </li>
  );
});
