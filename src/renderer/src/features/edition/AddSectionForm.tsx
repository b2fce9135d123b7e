import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A new section at the end of the board; with no name typed it gets a default one to rename,
 * numbered past those already on the board ("New section 2"), so that the checks and the board
 * never name two sections alike.
 */
export function AddSectionForm({
  onAdd,
  taken,
}: {
  onAdd: (name: string, named: boolean) => void;
  /** The names of the sections there are. */
  taken: string[];
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
        onAdd(trimmed || freeName(t('edition.section.newName'), taken), trimmed !== '');
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

/** `name`, or `name 2`, `name 3`… whichever no section has yet. */
export function freeName(name: string, taken: string[]): string {
  const names = new Set(taken.map((each) => each.trim().toLocaleLowerCase()));
  let candidate = name;
  for (let number = 2; names.has(candidate.toLocaleLowerCase()); number += 1)
    candidate = `${name} ${number}`;
  return candidate;
}
