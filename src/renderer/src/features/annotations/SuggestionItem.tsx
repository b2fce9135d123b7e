import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DetectedQuote } from '@shared/model';

/** A quote the detector found that nobody has annotated or dismissed yet. */
export function SuggestionItem({
  quote,
  onAccept,
  onDismiss,
}: {
  quote: DetectedQuote;
  onAccept: () => Promise<boolean>;
  onDismiss: () => Promise<void>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);

  const run = (action: () => Promise<unknown>): void => {
    setBusy(true);
    void action().finally(() => setBusy(false));
  };

  return (
    <li className="suggestion-item" data-testid="suggestion-item">
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
              setMissing(!(await onAccept()));
            })
          }
        >
          {t('suggestions.accept')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="suggestion-dismiss"
          disabled={busy}
          onClick={() => run(onDismiss)}
        >
          {t('suggestions.dismiss')}
        </button>
      </div>
    </li>
  );
}
