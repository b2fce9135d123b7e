import { useId } from 'react';

/**
 * A labelled text input with an optional hint, or an error that marks it invalid, tied to it for
 * screen readers; `list` names a datalist of suggestions.
 */
export function TextField({
  label,
  hint,
  error,
  testId,
  value,
  type = 'text',
  placeholder,
  list,
  onChange,
}: {
  label: string;
  hint?: string;
  error?: string | null;
  testId: string;
  value: string;
  type?: 'text' | 'url' | 'time' | 'color';
  placeholder?: string;
  list?: string;
  onChange: (value: string) => void;
}): React.JSX.Element {
  const id = useId();
  const hintId = useId();
  const errorId = useId();
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input"
        type={type}
        data-testid={testId}
        value={value}
        placeholder={placeholder}
        list={list}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && (
        <p className="field__hint muted" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}
