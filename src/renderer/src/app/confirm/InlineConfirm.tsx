import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import './inline-confirm.css';

/**
 * A question asked in place, rather than in a browser dialog, before something that cannot be
 * undone. The keyboard lands on the safe answer (cancel); backing out gives the focus back to
 * the control that asked (`trigger`, shown again once the question goes), as a dialog would.
 * A confirm that returns a promise keeps both answers disabled until it settles. `tone`:
 * `danger` for what cannot be undone, `caution` for what can (restoring a revision).
 */
export function InlineConfirm({
  question,
  explain,
  confirmLabel,
  cancelLabel,
  confirmTestId,
  cancelTestId,
  disabled = false,
  tone = 'danger',
  trigger,
  onConfirm,
  onCancel,
}: {
  /** The group's accessible name. */
  question: string;
  /** What goes and what stays, shown. */
  explain: string;
  confirmLabel: string;
  cancelLabel: string;
  confirmTestId: string;
  cancelTestId: string;
  disabled?: boolean;
  tone?: 'danger' | 'caution';
  trigger: RefObject<HTMLElement | null>;
  onConfirm: () => void | Promise<void>;
  onCancel: () => void;
}): React.JSX.Element {
  const explainId = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className={`inline-confirm inline-confirm--${tone}`}
      role="group"
      aria-label={question}
      aria-describedby={explainId}
    >
      <p className="inline-confirm__text" id={explainId}>
        {explain}
      </p>
      <div className="inline-confirm__actions">
        <button
          type="button"
          className={`button button--small ${tone === 'danger' ? 'button--danger' : 'button--primary'}`}
          data-testid={confirmTestId}
          disabled={disabled || busy}
          onClick={() => {
            const settled = onConfirm();
            if (!settled) return;
            setBusy(true);
            void settled.finally(() => setBusy(false));
          }}
        >
          {confirmLabel}
        </button>
        <button
          ref={cancel}
          type="button"
          className="button button--small"
          data-testid={cancelTestId}
          disabled={disabled}
          onClick={() => {
            onCancel();
            // The asking control comes back with the next render; focus it then.
            requestAnimationFrame(() => trigger.current?.focus());
          }}
        >
          {cancelLabel}
        </button>
      </div>
    </div>
  );
}
