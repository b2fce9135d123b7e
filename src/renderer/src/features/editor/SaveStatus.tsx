import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { withDetail } from '@renderer/app/errors/errorText';
import { useErrorText } from '@renderer/app/errors/useErrorText';
import type { StorySaver } from './storySaver';

/** The open story's autosave, as it goes (the only part of the workspace that follows it). */
export function SaveStatus({ saver }: { saver: StorySaver }): React.JSX.Element {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const state = useSyncExternalStore(saver.subscribe, saver.getState);
  // Main's and the browser's words are English: in another language the reason is said by its
  // code, and main's words kept in the tooltip for support.
  const failure = state.kind === 'error' ? errorText(state) : null;
  const text =
    state.kind !== 'error'
      ? t(`save.${state.kind}`)
      : state.code === 'unreachable' || state.code === 'unauthorized'
        ? t(`save.errors.${state.code}`)
        : t('save.error', { message: failure!.text });
  const title = withDetail(t, text, failure?.detail ?? null);
  return (
    <>
      <span
        className={`save-status save-status--${state.kind}`}
        data-testid="save-status"
        data-state={state.kind}
        role="status"
        title={title}
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
