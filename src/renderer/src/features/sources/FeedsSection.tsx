import { AppError } from '@shared/errors';
import { withFeedScheme } from '@shared/feed-address';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FeedSubscription, ImportReport } from '@shared/model';
import { call } from '@renderer/api/client';
import { listenToMain } from '@renderer/api/events';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { failureText } from '@renderer/features/import/failureText';
import { ImportReportNotice } from '@renderer/features/import/ImportReportNotice';
import { formatDateTime } from '@renderer/features/stories/dates';
import { useRemote } from './useRemote';

const DEFAULT_INTERVAL = 15;
const loadFeeds = (): Promise<FeedSubscription[]> => call('feeds.list', {});

function FeedRow({
  feed,
  busy,
  onCheck,
  onRemove,
}: {
  feed: FeedSubscription;
  busy: 'checking' | 'removing' | null;
  onCheck: () => void;
  onRemove: () => void;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const when = (iso: string): string => formatDateTime(iso, i18n.language);
  const name = feed.title || feed.url;
  return (
    <li className="feed" data-testid="feed-row" data-feed-id={feed.id}>
      <div className="feed__text">
        <span className="feed__title">{name}</span>
        {feed.title && <span className="feed__url">{feed.url}</span>}
        <span className="feed__meta">
          {feed.lastCheckedAt
            ? t('feeds.lastChecked', { time: when(feed.lastCheckedAt) })
            : t('feeds.neverChecked')}
          {' · '}
          {/* The time it was due is no news while it is being checked. */}
          {busy === 'checking'
            ? t('feeds.checkingNow')
            : t('feeds.nextCheck', { time: when(feed.nextCheckAt) })}
          {' · '}
          {t('feeds.every', { count: feed.intervalMinutes })}
          {feed.lastCheckedAt && (
            <>
              {' · '}
              {t('feeds.lastImported', { count: feed.lastImported })}
            </>
          )}
        </span>
        {feed.failures > 0 && (
          <span className="feed__error" data-testid="feed-error">
            <strong>{t('feeds.failing', { count: feed.failures })}</strong>
            {feed.lastError
              ? ` ${failureText(t, { error: feed.lastError, reason: feed.lastErrorReason })}`
              : ''}
          </span>
        )}
      </div>
      <div className="feed__actions">
        <button
          type="button"
          className="button button--small"
          data-testid="feed-check"
          onClick={onCheck}
          disabled={busy !== null}
          aria-label={t('feeds.checkNowLabel', { name })}
        >
          {busy === 'checking' ? t('feeds.checking') : t('feeds.checkNow')}
        </button>
        <button
          type="button"
          className="button button--small"
          data-testid="feed-remove"
          onClick={onRemove}
          disabled={busy !== null}
          aria-label={t('feeds.removeLabel', { name })}
        >
          {t('feeds.remove')}
        </button>
      </div>
    </li>
  );
}

export function FeedsSection({
  onStoriesChanged,
  onOpen,
}: {
  onStoriesChanged: () => void;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const headingId = useId();
  const urlId = useId();
  const intervalId = useId();
  const hintId = useId();
  const [feeds, setFeeds, reload] = useRemote(loadFeeds);
  // The schedule checks feeds while the pane is open: their last check, next check and error
  // would otherwise stay as they were when it opened ("not checked yet" for a feed just added).
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name === 'feeds.checked') reload();
      }),
    [reload],
  );
  const [url, setUrl] = useState('');
  const [interval, setIntervalMinutes] = useState(String(DEFAULT_INTERVAL));
  const [adding, setAdding] = useState(false);
  // Each feed's own: a check still running stays so while another feed is removed or checked.
  const [busy, setBusy] = useState<ReadonlyMap<number, 'checking' | 'removing'>>(new Map());
  const markBusy = (id: number, what: 'checking' | 'removing' | null): void =>
    setBusy((before) => {
      const next = new Map(before);
      if (what === null) next.delete(id);
      else next.set(id, what);
      return next;
    });
  const [checked, setChecked] = useState<{ feed: string; report: ImportReport } | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  // Why the address typed was not added, next to it and in the interface's language.
  const [addError, setAddError] = useState<string | null>(null);
  const addErrorId = useId();
  // Below the form, the error can sit under the dialog's fold: brought into view as it appears.
  const addErrorRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (addError) addErrorRef.current?.scrollIntoView({ block: 'nearest' });
  }, [addError]);

  const minutes = Number(interval);
  const intervalValid = Number.isInteger(minutes) && minutes >= 1 && minutes <= 1440;

  const add = (): void => {
    if (!url.trim() || !intervalValid || adding) return;
    const address = withFeedScheme(url);
    if (!/^https?:\/\/\S/i.test(address)) {
      setAddError(t('feeds.notWeb'));
      return;
    }
    setAdding(true);
    setAdded(null);
    setAddError(null);
    call('feeds.add', { url: address, intervalMinutes: minutes })
      .then((feed) => {
        setUrl('');
        setAdded(feed.title || feed.url);
        if (feeds.kind === 'ready')
          setFeeds([...feeds.value.filter((f) => f.id !== feed.id), feed]);
        else reload();
        // Read at once, as "Check now" does: whether the address works, and its stories, are
        // seen now rather than at the schedule's next round.
        check(feed);
      })
      .catch((error: unknown) => {
        const code = error instanceof AppError ? error.code : null;
        if (code === 'conflict') setAddError(t('feeds.alreadySubscribed'));
        else if (code === 'invalid_request') setAddError(t('feeds.notWeb'));
        else reportError(error);
      })
      .finally(() => setAdding(false));
  };

  const check = (feed: FeedSubscription): void => {
    markBusy(feed.id, 'checking');
    call('feeds.poll', { id: feed.id })
      .then((report) => {
        setChecked({ feed: feed.title || feed.url, report });
        if (report.imported.length > 0 || report.updated.length > 0) onStoriesChanged();
      })
      .catch(reportError)
      .finally(() => {
        markBusy(feed.id, null);
        // Last checked, failures and next check have moved, whether it worked or not.
        reload();
      });
  };

  const remove = (feed: FeedSubscription): void => {
    markBusy(feed.id, 'removing');
    call('feeds.remove', { id: feed.id })
      .then(setFeeds)
      .catch(reportError)
      .finally(() => markBusy(feed.id, null));
  };

  let list: React.JSX.Element;
  if (feeds.kind === 'loading') {
    list = <p className="muted">{t('common.loading')}</p>;
  } else if (feeds.kind === 'failed') {
    list = (
      <div className="sources-problem" data-testid="feeds-failed">
        <p>{feeds.unsupported ? t('sources.unsupported') : t('feeds.loadFailed')}</p>
        <button type="button" className="button button--small" onClick={reload}>
          {t('errors.retry')}
        </button>
      </div>
    );
  } else if (feeds.value.length === 0) {
    list = (
      <div className="empty-state" data-testid="feeds-empty">
        <p className="empty-state__title">{t('feeds.emptyTitle')}</p>
        <p>{t('feeds.emptyHint')}</p>
      </div>
    );
  } else {
    list = (
      <ul className="feeds" aria-label={t('feeds.listLabel')}>
        {feeds.value.map((feed) => (
          <FeedRow
            key={feed.id}
            feed={feed}
            busy={busy.get(feed.id) ?? null}
            onCheck={() => check(feed)}
            onRemove={() => remove(feed)}
          />
        ))}
      </ul>
    );
  }

  return (
    <section className="sources-section" aria-labelledby={headingId}>
      <h3 className="sources-section__title" id={headingId}>
        {t('feeds.title')}
      </h3>
      {list}
      {checked && (
        <div className="feed-report">
          <p className="feed-report__label">{t('feeds.checkedFeed', { name: checked.feed })}</p>
          <ImportReportNotice
            shown={{ report: checked.report }}
            onDismiss={() => setChecked(null)}
            onOpen={onOpen}
            testId="feed-report"
          />
        </div>
      )}
      <form
        className="feed-add"
        aria-label={t('feeds.addLabel')}
        // The browser's own check refuses "bta.bg/rss" in its own language, before add() can
        // take it as https or say what is wrong in the interface's.
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          add();
        }}
      >
        <div className="field feed-add__url">
          <label htmlFor={urlId}>{t('feeds.url')}</label>
          <input
            id={urlId}
            className="input"
            type="url"
            data-testid="feed-url"
            required
            placeholder={t('feeds.urlPlaceholder')}
            value={url}
            onChange={(event) => {
              setUrl(event.target.value);
              setAddError(null);
            }}
            aria-invalid={addError !== null}
            aria-describedby={addError ? `${addErrorId} ${hintId}` : hintId}
            autoComplete="off"
            spellCheck={false}
          />
        </div>
        <div className="field feed-add__interval">
          <label htmlFor={intervalId}>{t('feeds.interval')}</label>
          <input
            id={intervalId}
            className="input"
            type="number"
            data-testid="feed-interval"
            min={1}
            max={1440}
            step={1}
            required
            value={interval}
            aria-invalid={!intervalValid}
            onChange={(event) => setIntervalMinutes(event.target.value)}
          />
        </div>
        <button
          type="submit"
          className="button button--primary feed-add__submit"
          data-testid="feed-add"
          disabled={adding || !url.trim() || !intervalValid}
        >
          {adding ? t('feeds.adding') : t('feeds.add')}
        </button>
        {addError && (
          <p
            ref={addErrorRef}
            className="feed-add__error"
            id={addErrorId}
            role="alert"
            data-testid="feed-add-error"
          >
            {addError}
          </p>
        )}
        <p className="feed-add__hint muted" id={hintId}>
          {t('feeds.addHint')}
        </p>
      </form>
      <p className="visually-hidden" role="status">
        {added ? t('feeds.added', { name: added }) : ''}
      </p>
    </section>
  );
}
