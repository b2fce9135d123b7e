import { useEffect, useId, useRef, useState } from 'react';

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
  min,
  max,
  className = 'commit-field',
  small = true,
  validate,
  onCommit,
}: {
  label: string;
  value: string | null;
  placeholder?: string;
  testId?: string;
  type?: 'text' | 'url' | 'number';
  /** For a number: the range its stepper keeps to (`validate` still decides what is saved). */
  min?: number;
  max?: number;
  /** The wrapper's classes: a form's own field layout instead of the side panel's. */
  className?: string;
  /** The compact input of side panels; false for a full-height one beside a form's buttons. */
  small?: boolean;
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

  // The page going away (reload, window closed) takes no blur with it: what was typed and left
  // in the field is saved then too, as the story's text is.
  const latestCommit = useRef(commit);
  useEffect(() => {
    latestCommit.current = commit;
  });
  useEffect(() => {
    const leave = (): void => void latestCommit.current();
    window.addEventListener('pagehide', leave);
    return () => window.removeEventListener('pagehide', leave);
  }, []);

  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={small ? 'input input--small' : 'input'}
        type={type}
        min={min}
        max={max}
        data-testid={testId}
        // Names and sources are typed in the story's script, right to left for Hebrew or Arabic.
        dir="auto"
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
