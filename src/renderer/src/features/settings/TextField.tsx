import { useId } from 'react';

/** A labelled text input with an optional hint tied to it for screen readers. */
export function TextField({
  label,
  hint,
  testId,
  value,
  type = 'text',
  placeholder,
  onChange,
}: {
  label: string;
  hint?: string;
  testId: string;
  value: string;
  type?: 'text' | 'url' | 'time' | 'color';
  placeholder?: string;
  onChange: (value: string) => void;
}): React.JSX.Element {
  const id = useId();
  const hintId = useId();
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
        aria-describedby={hint ? hintId : undefined}
        onChange={(event) => onChange(event.target.value)}
        autoComplete="off"
        spellCheck={false}
      />
      {hint && (
        <p className="field__hint muted" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
