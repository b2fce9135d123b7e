import { useTranslation } from 'react-i18next';
import { withDetail } from '@renderer/app/errors/errorText';
import { useErrorText } from '@renderer/app/errors/useErrorText';
import type { SaveState } from './useFieldsSaver';

/** The edition's fields as they save, in the board's top bar. */
export function EditionSaveStatus({ state }: { state: SaveState }): React.JSX.Element {
  const { t } = useTranslation();
  const errorText = useErrorText();
  // A failure said in the interface's language; main's words kept in the tooltip for support.
  const failure = state.status === 'error' ? errorText(state) : null;
  const text = failure
    ? t('edition.save.error', { message: failure.text })
    : t(`edition.save.${state.status}`);
  return (
    <span
      className={`edition-bar__status edition-bar__status--${state.status}`}
      data-testid="edition-save-status"
      data-status={state.status}
      role="status"
      title={failure ? withDetail(t, text, failure.detail) : undefined}
    >
      {text}
    </span>
  );
}
