import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WatchFolderState } from '@shared/model';
import type { Events } from '@shared/events';
import { call } from '@renderer/api/client';
import { listenToMain } from '@renderer/api/events';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { failureText } from '@renderer/features/import/failureText';
import { useRemote } from './useRemote';

const loadWatch = (): Promise<WatchFolderState> => call('watch.get', {});

function WatchStatus({ state }: { state: WatchFolderState }): React.JSX.Element {
  const { t } = useTranslation();
  if (!state.folder) {
    return (
      <p className="watch-status" data-testid="watch-status" data-state="none">
        {t('watch.none')}
      </p>
    );
  }
  if (state.active) {
    return (
      <>
        <p
          className="watch-status watch-status--active"
          data-testid="watch-status"
          data-state="active"
        >
          <strong>{t('watch.activeLabel')}</strong>{' '}
          <span className="watch-status__path">{state.folder}</span>
        </p>
        {state.failedFiles > 0 && <WatchFailures state={state} />}
        {state.unreadable.length > 0 && <WatchUnreadable state={state} />}
      </>
    );
  }
  return (
    <p
      className="watch-status watch-status--problem"
      data-testid="watch-status"
      data-state="inactive"
    >
      <strong>{t('watch.inactiveLabel')}</strong>{' '}
      <span className="watch-status__path">{state.folder}</span>
      {state.error && (
        <span className="watch-status__error">
          {failureText(t, { error: state.error, reason: state.errorReason })}
        </span>
      )}
    </p>
  );
}

/** Files the folder could not import: they are in failed/, and here is why. */
function WatchFailures({ state }: { state: WatchFolderState }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="watch-failures" data-testid="watch-failures">
      <p className="watch-failures__title">{t('watch.failed', { count: state.failedFiles })}</p>
      <ul className="watch-failures__list">
        {state.recentFailures.map((failure, index) => (
          <li key={`${failure.file}-${index}`}>
            <span className="watch-failures__file">{baseName(failure.file)}</span>{' '}
            {failureText(t, failure)}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * Files and folders it does not read (permissions, a folder too deep): named in full, they stay
 * where they are; a file it may not read is tried again.
 */
function WatchUnreadable({ state }: { state: WatchFolderState }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className="watch-failures" data-testid="watch-unreadable">
      <p className="watch-failures__title">
        {t('watch.unreadable', { count: state.unreadable.length })}
      </p>
      <ul className="watch-failures__list">
        {state.unreadable.map((failure) => (
          <li key={failure.file}>
            <span className="watch-failures__file">{failure.file}</span> {failureText(t, failure)}
            {failure.reason?.key === 'permission' && ` (${t('watch.untilReadable')})`}
          </li>
        ))}
      </ul>
    </div>
  );
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

export function WatchSection(): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const headingId = useId();
  const fieldId = useId();
  const explainId = useId();
  const [state, setState, reload] = useRemote(loadWatch);
  // A file the folder just took in (or failed), or one it may not read named or gone, changes
  // what this section says.
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name === 'watch.changed') reload();
        if (message.name !== 'stories.changed') return;
        if ((message.payload as Events['stories.changed']).reason === 'watch') reload();
      }),
    [reload],
  );
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const stored = state.kind === 'ready' ? (state.value.folder ?? '') : '';
  const value = draft ?? stored;

  const save = (folder: string | null): void => {
    setSaving(true);
    call('watch.set', { folder })
      .then((next) => {
        setState(next);
        setDraft(null);
      })
      .catch(reportError)
      .finally(() => setSaving(false));
  };

  return (
    <section className="sources-section" aria-labelledby={headingId}>
      <h3 className="sources-section__title" id={headingId}>
        {t('watch.title')}
      </h3>
      <p className="muted sources-section__explain" id={explainId}>
        {t('watch.explain')}
      </p>
      {state.kind === 'loading' && <p className="muted">{t('common.loading')}</p>}
      {state.kind === 'failed' && (
        <div className="sources-problem" data-testid="watch-failed">
          <p>{state.unsupported ? t('sources.unsupported') : t('watch.loadFailed')}</p>
          <button type="button" className="button button--small" onClick={reload}>
            {t('errors.retry')}
          </button>
        </div>
      )}
      {state.kind === 'ready' && <WatchStatus state={state.value} />}
      <form
        className="watch-form"
        aria-label={t('watch.formLabel')}
        onSubmit={(event) => {
          event.preventDefault();
          const folder = value.trim();
          if (folder) save(folder);
        }}
      >
        <div className="field watch-form__field">
          <label htmlFor={fieldId}>{t('watch.folder')}</label>
          <input
            id={fieldId}
            className="input"
            type="text"
            data-testid="watch-folder"
            value={value}
            placeholder={t('watch.folderPlaceholder')}
            onChange={(event) => setDraft(event.target.value)}
            aria-describedby={explainId}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="watch-form__actions">
          <button
            type="submit"
            className="button button--primary"
            data-testid="watch-save"
            disabled={saving || !value.trim() || value.trim() === stored}
          >
            {t('watch.save')}
          </button>
          <button
            type="button"
            className="button"
            data-testid="watch-clear"
            disabled={saving || state.kind !== 'ready' || !state.value.folder}
            onClick={() => save(null)}
          >
            {t('watch.clear')}
          </button>
        </div>
      </form>
    </section>
  );
}
