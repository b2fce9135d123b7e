import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function SearchInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="inbox-search">
      <label htmlFor={id} className="visually-hidden">
        {t('inbox.searchLabel')}
      </label>
      <input
        id={id}
        type="search"
        className="input"
        data-testid="search-input"
        placeholder={t('inbox.searchPlaceholder')}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
    </div>
  );
}
