import { useId, useState } from 'react';

/**
 * A one-line field that saves when the user is done with it (Enter or leaving the field), not on
 * every keystroke; Escape puts back what was saved. `validate` answers an error message or null.
 */
export function CommitField({
  label,
  value,
  placeholder,
  testId,
  type = 'text',
  validate,
  onCommit,
}: {
  label: string;
  value: string | null;
  placeholder?: string;
  testId?: string;
  type?: 'text' | 'url';
  validate?: (text: string) => string | null;
  onCommit: (value: string | null) => Promise<boolean>;
}): React.JSX.Element {
  const id = useId();
  const errorId = useId();
  const [text, setText] = useState(value ?? '');
  const [seen, setSeen] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // The store's value changed (another field saved, the list reloaded): show it.
  if (value !== seen) {
    setSeen(value);
    setText(value ?? '');
  }

  const commit = async (): Promise<void> => {
    const next = text.trim() === '' ? null : text.trim();
    if (next === (value ?? null)) return;
    const problem = next === null ? null : (validate?.(next) ?? null);
    setError(problem);
    if (problem) return;
    if (!(await onCommit(next))) setText(value ?? '');
  };

  return (
    <div className="commit-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className="input input--small"
        type={type}
        data-testid={testId}
        value={text}
        placeholder={placeholder}
        aria-invalid={error !== null}
        aria-describedby={error ? errorId : undefined}
        autoComplete="off"
        onChange={(event) => {
          setText(event.target.value);
          setError(null);
        }}
        onBlur={() => void commit()}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            void commit();
          } else if (event.key === 'Escape') {
            setText(value ?? '');
            setError(null);
          }
        }}
      />
      {error && (
        <span className="commit-field__error" id={errorId} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
