import { useTranslation } from 'react-i18next';
import type { SaveState } from './storySaver';

export function SaveStatus({ state }: { state: SaveState }): React.JSX.Element {
  const { t } = useTranslation();
  const text =
    state.kind === 'error' ? t('save.error', { message: state.message }) : t(`save.${state.kind}`);
  return (
    <span
      className={`save-status save-status--${state.kind}`}
      data-testid="save-status"
      data-state={state.kind}
      role="status"
      title={text}
    >
      {text}
    </span>
  );
}
