import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/model';
import { formatDateTime } from '@renderer/features/stories/dates';
import { keepNoteDraft, readNoteDraft } from './noteDrafts';

/** The fact-checkers' thread on an annotation, oldest first, and a field to add to it. */
export function AnnotationNotes({
  annotation,
  onAdd,
}: {
  annotation: Annotation;
  onAdd: (text: string) => Promise<boolean>;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setTextState] = useState(() => readNoteDraft(annotation.id));
  const setText = (value: string): void => {
    setTextState(value);
    keepNoteDraft(annotation.id, value);
  };
  const [busy, setBusy] = useState(false);

  const input = useRef<HTMLTextAreaElement>(null);

  const add = async (): Promise<void> => {
    if (text.trim() === '' || busy) return;
    setBusy(true);
    if (await onAdd(text.trim())) {
      setText('');
      // The Add button is disabled once the field is empty, and a disabled button drops the
      // focus to the page's top: the keyboard goes on from the field, ready for the next note.
      input.current?.focus();
    }
    setBusy(false);
  };

  return (
    <div className="annotation-notes">
      <h4 className="annotation-notes__title">
        {t('annotations.notes', { count: annotation.notes.length })}
      </h4>
      {annotation.notes.length > 0 && (
        <ol className="annotation-notes__list">
          {annotation.notes.map((note) => (
            <li key={note.id} className="annotation-note">
              <span className="annotation-note__meta">
                {note.author ?? t('annotations.unknownAuthor')}
                {' · '}
                <time dateTime={note.createdAt}>
                  {formatDateTime(note.createdAt, i18n.language)}
                </time>
              </span>
              <p className="annotation-note__text" dir="auto">
                {note.text}
              </p>
            </li>
          ))}
        </ol>
      )}
      <div className="annotation-notes__add">
        <label htmlFor={id} className="visually-hidden">
          {t('annotations.noteLabel')}
        </label>
        <textarea
          ref={input}
          id={id}
          className="annotation-notes__input"
          dir="auto"
          data-testid="annotation-note-input"
          rows={2}
          value={text}
          placeholder={t('annotations.notePlaceholder')}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            // Ctrl/Cmd+Enter adds the note; Enter alone is a new line in it.
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void add();
            }
          }}
        />
        <button
          type="button"
          className="button button--small"
          data-testid="annotation-note-add"
          disabled={busy || text.trim() === ''}
          onClick={() => void add()}
        >
          {t('annotations.noteAdd')}
        </button>
      </div>
    </div>
  );
}
