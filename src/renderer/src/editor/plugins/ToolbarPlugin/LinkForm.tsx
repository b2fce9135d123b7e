import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseUrl } from '../../utils/url';

/** A small inline field for the link's address, in place of window.prompt. */
export function LinkForm({
  onApply,
  onCancel,
}: {
  onApply: (url: string) => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);

  const apply = (): void => {
    const url = normaliseUrl(text);
    if (url) onApply(url);
    else setInvalid(true);
  };

  return (
    <div className="link-form" role="group" aria-label={t('toolbar.linkFormLabel')}>
      <label htmlFor={id} className="visually-hidden">
        {t('toolbar.linkUrlLabel')}
      </label>
      <input
        id={id}
        className="input input--small"
        type="url"
        value={text}
        placeholder={t('toolbar.linkPlaceholder')}
        aria-invalid={invalid}
        aria-describedby={invalid ? errorId : undefined}
        autoFocus
        onChange={(event) => {
          setText(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            onCancel();
          }
        }}
      />
      <button type="button" className="button button--small button--primary" onClick={apply}>
        {t('toolbar.linkApply')}
      </button>
      <button type="button" className="button button--small" onClick={onCancel}>
        {t('toolbar.linkCancel')}
      </button>
      {invalid && (
        <span className="link-form__error" id={errorId} aria-live="polite">
          {t('toolbar.linkInvalid')}
        </span>
      )}
    </div>
  );
}
