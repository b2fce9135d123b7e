import { useId } from 'react';
import { useTranslation } from 'react-i18next';

/** A headline is one line of text, but a long one must wrap, not scroll out of sight. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function HeadlineInput({
  value,
  onChange,
}: {
  value: string;
  onChange: (value: string) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const blank = value.trim() === '';
  return (
    <div className="headline-field">
      <label htmlFor={id} className="visually-hidden">
        {t('story.headlineLabel')}
      </label>
      <textarea
        id={id}
        className="headline-input"
        // Set by the headline's own first letters: a Hebrew or Arabic headline reads right to left.
        dir="auto"
        data-testid="headline-input"
        rows={1}
        value={value}
        placeholder={t('story.headlinePlaceholder')}
        onChange={(event) => onChange(oneLine(event.target.value))}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
        autoComplete="off"
        spellCheck
        aria-invalid={blank}
        aria-describedby={blank ? hintId : undefined}
      />
      {blank && (
        <p className="headline-field__hint" id={hintId}>
          {t('story.headlineRequired')}
        </p>
      )}
    </div>
  );
}
