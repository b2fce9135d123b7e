import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDigests } from './DigestContext';
import { useProposedEditionDate } from './useProposedEditionDate';

export function CreateDigestForm(): React.JSX.Element {
  const { t } = useTranslation();
  const { create } = useDigests();
  const dateId = useId();
  const titleId = useId();
  const [date, setDate] = useProposedEditionDate();
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);

  return (
    <form
      className="digest-create"
      aria-label={t('digest.createLabel')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!date || busy) return;
        setBusy(true);
        void create(date, title)
          .then((created) => {
            if (created) setTitle('');
          })
          .finally(() => setBusy(false));
      }}
    >
      <div className="field">
        <label htmlFor={dateId}>{t('digest.date')}</label>
        <input
          id={dateId}
          className="input"
          type="date"
          data-testid="digest-date"
          value={date}
          required
          onChange={(event) => setDate(event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={titleId}>{t('digest.titleOptional')}</label>
        <input
          id={titleId}
          className="input"
          type="text"
          data-testid="digest-title"
          value={title}
          placeholder={t('digest.titlePlaceholder')}
          onChange={(event) => setTitle(event.target.value)}
          autoComplete="off"
        />
      </div>
      <button
        type="submit"
        className="button button--primary"
        data-testid="create-digest"
        disabled={busy || !date}
      >
        {t('digest.create')}
      </button>
    </form>
  );
}
