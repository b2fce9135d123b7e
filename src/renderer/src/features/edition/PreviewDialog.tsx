import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorInfo } from '@shared/errors';
import type { ExportFormat } from '@shared/model';
import { useModalDialog } from '@renderer/app/dialog/useModalDialog';
import { ErrorDetail } from '@renderer/app/errors/ErrorDetail';
import { useErrorText } from '@renderer/app/errors/useErrorText';
import { toErrorInfo } from '@renderer/app/errors/ErrorsContext';
import { isNotAvailable, previewEdition } from './editionApi';
import { previewDocument } from './previewDoc';

type Mode = 'email' | 'web' | 'text';

type Loaded =
  | {
      state: 'ready';
      content: string;
      /** the email format was not there: web HTML instead */ fallback: boolean;
    }
  /** As main said it; `unavailable`: main does not know this format yet. */
  | { state: 'failed'; error: ErrorInfo; unavailable: boolean };

const FORMAT: Record<Mode, ExportFormat> = { email: 'email', web: 'html', text: 'text' };

async function load(digestId: number, mode: Mode): Promise<Loaded> {
  try {
    const file = await previewEdition(digestId, FORMAT[mode]);
    return { state: 'ready', content: file.content, fallback: false };
  } catch (error) {
    // Until main exports email HTML, the web page stands in (said so above the frames).
    if (mode === 'email' && isNotAvailable(error)) {
      const file = await previewEdition(digestId, 'html');
      return { state: 'ready', content: file.content, fallback: true };
    }
    throw error;
  }
}

/**
 * The edition as readers will get it: the email at desktop and phone widths, the web page and
 * the plain-text part. The frames are sandboxed (no scripts, no navigation) and show the
 * exported document itself.
 */
export function PreviewDialog({
  digestId,
  revision,
  onClose,
}: {
  digestId: number;
  /** The edition's revision: a change while the dialog is open offers a refresh. */
  revision: number;
  onClose: () => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const { ref: dialog, titleId, close, onCancel } = useModalDialog(onClose);
  const [mode, setMode] = useState<Mode>('email');
  const [dark, setDark] = useState(false);
  const [loadedAt, setLoadedAt] = useState(revision);
  const [refresh, setRefresh] = useState(0);
  const [loaded, setLoaded] = useState<Partial<Record<Mode, Loaded & { key: string }>>>({});
  const key = `${mode}|${refresh}`;

  useEffect(() => {
    let current = true;
    load(digestId, mode).then(
      (result) => {
        if (current) setLoaded((previous) => ({ ...previous, [mode]: { ...result, key } }));
      },
      (error: unknown) => {
        if (!current) return;
        const failed = {
          state: 'failed',
          error: toErrorInfo(error),
          unavailable: isNotAvailable(error),
        } as const;
        setLoaded((previous) => ({ ...previous, [mode]: { ...failed, key } }));
      },
    );
    return () => {
      current = false;
    };
  }, [digestId, mode, key]);

  const shown = loaded[mode];
  const fresh = shown?.key === key;
  const html = shown?.state === 'ready' && mode !== 'text' ? shown.content : null;
  const shownDocument = useMemo(
    () => (html === null ? null : previewDocument(html, { dark })),
    [html, dark],
  );
  const srcDoc = shownDocument?.html ?? '';

  let body: React.JSX.Element;
  if (!shown) body = <p className="muted">{t('common.loading')}</p>;
  else if (shown.state === 'failed') {
    const failure = errorText(shown.error);
    body = (
      <p className="preview__failed" data-testid="preview-failed">
        {shown.unavailable
          ? t('edition.preview.unavailable', { message: failure.text })
          : failure.text}
        <ErrorDetail detail={failure.detail} />
      </p>
    );
  } else if (mode === 'text')
    body = (
      <pre className="preview__text" data-testid="preview-text" tabIndex={0}>
        {shown.content}
      </pre>
    );
  else if (mode === 'web')
    body = (
      <iframe
        className={
          dark
            ? 'preview__frame preview__frame--web preview__frame--dark'
            : 'preview__frame preview__frame--web'
        }
        data-testid="preview-web"
        title={t('edition.preview.webFrame')}
        sandbox=""
        srcDoc={srcDoc}
      />
    );
  else
    body = (
      <>
        {shown.fallback && (
          <p className="preview__notice" data-testid="preview-fallback">
            {t('edition.preview.emailFallback')}
          </p>
        )}
        <div className="preview__pair">
          <figure className="preview__device preview__device--desktop">
            <figcaption>{t('edition.preview.desktop')}</figcaption>
            <iframe
              className={
                dark
                  ? 'preview__frame preview__frame--desktop preview__frame--dark'
                  : 'preview__frame preview__frame--desktop'
              }
              data-testid="preview-email"
              title={t('edition.preview.desktopFrame')}
              sandbox=""
              srcDoc={srcDoc}
            />
          </figure>
          <figure className="preview__device preview__device--mobile">
            <figcaption>{t('edition.preview.mobile')}</figcaption>
            <iframe
              className={
                dark
                  ? 'preview__frame preview__frame--mobile preview__frame--dark'
                  : 'preview__frame preview__frame--mobile'
              }
              data-testid="preview-mobile"
              title={t('edition.preview.mobileFrame')}
              sandbox=""
              srcDoc={srcDoc}
            />
          </figure>
        </div>
      </>
    );

  const modes: Mode[] = ['email', 'web', 'text'];
  return (
    <dialog
      ref={dialog}
      className="preview-dialog"
      data-testid="preview-dialog"
      aria-labelledby={titleId}
      onCancel={onCancel}
    >
      <div className="preview__head">
        <h2 className="preview__title" id={titleId}>
          {t('edition.preview.title')}
        </h2>
        <div className="preview__modes" role="radiogroup" aria-label={t('edition.preview.modes')}>
          {modes.map((name) => (
            <button
              key={name}
              type="button"
              role="radio"
              aria-checked={mode === name}
              className={
                mode === name ? 'button button--small button--pressed' : 'button button--small'
              }
              data-testid={`preview-mode-${name}`}
              onClick={() => setMode(name)}
            >
              {t(`edition.preview.mode.${name}`)}
            </button>
          ))}
        </div>
        {mode !== 'text' && (
          <label className="preview__dark">
            <input
              type="checkbox"
              data-testid="preview-dark"
              checked={dark}
              onChange={(event) => setDark(event.target.checked)}
            />
            {t('edition.preview.dark')}
          </label>
        )}
        <button
          type="button"
          className="button button--small preview__refresh"
          data-testid="preview-refresh"
          onClick={() => {
            setRefresh((n) => n + 1);
            setLoadedAt(revision);
          }}
        >
          {revision !== loadedAt
            ? t('edition.preview.refreshChanged')
            : t('edition.preview.refresh')}
        </button>
        <button
          type="button"
          className="icon-button"
          data-testid="preview-close"
          onClick={close}
          aria-label={t('edition.preview.close')}
          title={t('edition.preview.close')}
        >
          {t('common.closeGlyph')}
        </button>
      </div>
      {dark && mode !== 'text' && (
        <p className="preview__notice muted">{t('edition.preview.darkNote')}</p>
      )}
      {shownDocument !== null && shownDocument.placeholders > 0 && (
        <p className="preview__notice muted" data-testid="preview-images-note">
          {t('edition.preview.imagesNote', { count: shownDocument.placeholders })}
        </p>
      )}
      <div className="preview__body" aria-busy={!fresh}>
        {body}
      </div>
    </dialog>
  );
}
