import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDigests } from '@renderer/features/digest/DigestContext';
import { useProposedEditionDate } from '@renderer/features/digest/useProposedEditionDate';

/**
 * A new edition for a date. By default it starts from the previous edition's sections and
 * settings (main copies them); unticked it starts empty.
 */
export function NewEditionForm({ onDone }: { onDone: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const { create } = useDigests();
  const dateId = useId();
  const [date, setDate] = useProposedEditionDate();
  const [fromPrevious, setFromPrevious] = useState(true);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="new-edition"
      aria-label={t('edition.new.label')}
      data-testid="new-edition-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (!date || busy) return;
        setBusy(true);
        void create(date, '', { fromPrevious })
          .then((created) => {
            if (created) onDone();
          })
          .finally(() => setBusy(false));
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <div className="field">
        <label htmlFor={dateId}>{t('edition.new.date')}</label>
        <input
          id={dateId}
          className="input input--small"
          type="date"
          data-testid="new-edition-date"
          value={date}
          required
          autoFocus
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <label className="new-edition__previous">
        <input
          type="checkbox"
          data-testid="new-edition-from-previous"
          checked={fromPrevious}
          onChange={(event) => setFromPrevious(event.target.checked)}
        />
        {t('edition.new.fromPrevious')}
      </label>
      <div className="new-edition__actions">
        <button
          type="submit"
          className="button button--small button--primary"
          data-testid="new-edition-create"
          disabled={busy || !date}
        >
          {t('edition.new.create')}
        </button>
        <button type="button" className="button button--small" onClick={onDone}>
          {t('edition.new.cancel')}
        </button>
      </div>
    </form>
  );
}
