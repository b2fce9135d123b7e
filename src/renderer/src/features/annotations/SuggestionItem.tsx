import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetectedQuote } from '@shared/model';
import { besideRow, refocusIfDropped } from '@renderer/lib/refocusIfDropped';

/** A quote the detector found that nobody has annotated or dismissed yet. */
export function SuggestionItem({
  quote,
  onAccept,
  onDismiss,
}: {
  quote: DetectedQuote;
  onAccept: () => Promise<boolean>;
  onDismiss: () => Promise<boolean>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  const item = useRef<HTMLLIElement>(null);

  /**
   * Runs Accept or Dismiss; once it has taken the suggestion off the list, the keyboard goes on
   * from the next suggestion's same button (else the one before's, else the list's heading),
   * not from the top of the page.
   */
  const run = (action: () => Promise<boolean>, button: string): void => {
    const row = item.current;
    const next = besideRow(row, `[data-testid="${button}"]`, () =>
      document.getElementById('suggestions-title'),
    );
    // The buttons are disabled while it runs, which drops the focus: asked for before that.
    const hadFocus = row?.contains(document.activeElement) === true;
    setBusy(true);
    void action()
      .then((done) => {
        if (done && hadFocus) refocusIfDropped(next);
      })
      .finally(() => setBusy(false));
  };

  return (
    <li className="suggestion-item" data-testid="suggestion-item" ref={item}>
      <p className="suggestion-item__quote" dir="auto">
        {quote.text}
      </p>
      <p className="suggestion-item__speaker">
        {quote.speaker
          ? t('suggestions.speaker', { speaker: quote.speaker })
          : t('suggestions.noSpeaker')}
        {quote.cue && <span className="suggestion-item__cue"> · {quote.cue}</span>}
      </p>
      {missing && (
        <p className="suggestion-item__missing" role="status">
          {t('suggestions.missing')}
        </p>
      )}
      <div className="suggestion-item__actions">
        <button
          type="button"
          className="button button--small button--primary"
          data-testid="suggestion-accept"
          disabled={busy}
          onClick={() =>
            run(async () => {
              const accepted = await onAccept();
              setMissing(!accepted);
              return accepted;
            }, 'suggestion-accept')
          }
        >
          {t('suggestions.accept')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="suggestion-dismiss"
          disabled={busy}
          onClick={() => run(onDismiss, 'suggestion-dismiss')}
        >
          {t('suggestions.dismiss')}
        </button>
      </div>
    </li>
  );
}
