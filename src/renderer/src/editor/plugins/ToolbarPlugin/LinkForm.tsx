import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseUrl } from '../../utils/url';

/**
 * A small inline field for the link's address, in place of window.prompt. Given the address of
 * the link being edited, it opens with it and offers to remove the link (`onRemove`).
 */
export function LinkForm({
  url = null,
  onApply,
  onRemove,
  onCancel,
}: {
  url?: string | null;
  onApply: (url: string) => void;
  onRemove?: () => void;
  onCancel: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(url ?? '');
  const [invalid, setInvalid] = useState(false);

  const apply = (): void => {
    const url = normaliseUrl(text);
    if (url) onApply(url);
    else setInvalid(true);
  };

  return (
    <div
      className="link-form"
      role="group"
      aria-label={url === null ? t('toolbar.linkFormLabel') : t('toolbar.editLinkFormLabel')}
      onKeyDown={(event) => {
        // Escape from the field or any of its buttons closes it, back to the text.
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onCancel();
      }}
    >
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
          }
        }}
      />
      <button type="button" className="button button--small button--primary" onClick={apply}>
        {t('toolbar.linkApply')}
      </button>
      {onRemove && (
        <button
          type="button"
          className="button button--small"
          aria-label={t('toolbar.unlink')}
          onClick={onRemove}
        >
          {t('toolbar.linkRemove')}
        </button>
      )}
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
