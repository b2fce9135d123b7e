import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorySaver } from './storySaver';

/** The open story's autosave, as it goes (the only part of the workspace that follows it). */
export function SaveStatus({ saver }: { saver: StorySaver }): React.JSX.Element {
  const { t } = useTranslation();
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  const text =
    state.kind !== 'error'
      ? t(`save.${state.kind}`)
      : state.code === 'unreachable' || state.code === 'unauthorized'
        ? t(`save.errors.${state.code}`) // the browser's or server's words would be English
        : t('save.error', { message: state.message });
  return (
    <>
      <span
        className={`save-status save-status--${state.kind}`}
        data-testid="save-status"
        data-state={state.kind}
        role="status"
        title={text}
      >
        {text}
      </span>
      {state.kind === 'conflict' && (
        <button
          type="button"
          className="button button--small"
          data-testid="save-keep-mine"
          onClick={() => void saver.keepMine()}
        >
          {t('save.keepMine')}
        </button>
      )}
    </>
  );
}
