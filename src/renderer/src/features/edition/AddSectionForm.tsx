import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A new section at the end of the board; with no name typed it gets a default one to rename. */
export function AddSectionForm({
  onAdd,
}: {
  onAdd: (name: string, named: boolean) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('');
  return (
    <form
      className="add-section"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = name.trim();
        onAdd(trimmed || t('edition.section.newName'), trimmed !== '');
        setName('');
      }}
    >
      <label className="visually-hidden" htmlFor={id}>
        {t('edition.section.addName')}
      </label>
      <input
        id={id}
        className="input input--small add-section__name"
        data-testid="section-add-name"
        value={name}
        maxLength={120}
        placeholder={t('edition.section.addPlaceholder')}
        onChange={(event) => setName(event.target.value)}
      />
      <button type="submit" className="button button--small" data-testid="section-add">
        {t('edition.section.add')}
      </button>
    </form>
  );
}
