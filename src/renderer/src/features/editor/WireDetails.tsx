import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MediaRef, Story } from '@shared/model';
import { formatDateTime } from '@renderer/features/stories/dates';
import { languageShown } from '@renderer/features/stories/languageShown';

const OPEN_KEY = 'edition.wireDetailsOpen';

function rememberedOpen(): boolean {
  try {
    return localStorage.getItem(OPEN_KEY) === '1';
  } catch {
    return false;
  }
}

function remember(open: boolean): void {
  try {
    localStorage.setItem(OPEN_KEY, open ? '1' : '0');
  } catch {
    // Storage may be off; the section simply starts closed next time.
  }
}

function isUtf8(charset: string): boolean {
  return /^utf-?8$/i.test(charset.trim());
}

/** The wire's note to editors ("corrects the date in paragraph 2"): always in sight. */
export function EdNote({ text }: { text: string }): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <p className="ed-note" data-testid="ed-note">
      <strong className="ed-note__label">{t('wire.edNote')}</strong> {text}
    </p>
  );
}

function mediaCounts(t: ReturnType<typeof useTranslation>['t'], media: MediaRef[]): string {
  const kinds: MediaRef['kind'][] = ['picture', 'video', 'audio', 'graphic', 'other'];
  return kinds
    .map((kind) => {
      const count = media.filter((item) => item.kind === kind).length;
      return count > 0 ? t(`wire.mediaCount.${kind}`, { count }) : null;
    })
    .filter(Boolean)
    .join(', ');
}

/**
 * Everything else the wire said about the story, folded away so that the body stays high on the
 * screen; the choice to keep it open is remembered.
 */
export function WireDetails({ story }: { story: Story }): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const [open, setOpen] = useState(rememberedOpen);

  const facts: { key: string; value: string; mono?: boolean }[] = [];
  const add = (key: string, value: string | null | undefined, mono = false): void => {
    if (value) facts.push({ key, value, mono });
  };
  add('slugline', story.slugline);
  // The standfirst above is clamped to a few lines: here it is whole.
  add('summary', story.summary);
  if (story.wireId) {
    add(
      'wireId',
      story.wireVersion !== null
        ? t('wire.idWithVersion', { id: story.wireId, version: story.wireVersion })
        : story.wireId,
      true,
    );
  } else if (story.wireVersion !== null) {
    add('wireVersion', t('wire.versionValue', { version: story.wireVersion }));
  }
  add('charset', story.charset && !isUtf8(story.charset) ? story.charset : null, true);
  add('language', story.language && languageShown(story.language, i18n.language));
  add('fileName', story.fileName, true);
  add('link', story.link, true);
  add(
    'package',
    story.packageRef
      ? t('wire.packageValue', {
          title: story.packageRef.title ?? story.packageRef.id,
          position: story.packageRef.position,
        })
      : null,
  );
  add('expiresAt', story.expiresAt ? formatDateTime(story.expiresAt, i18n.language) : null);
  add('receivedAt', formatDateTime(story.receivedAt, i18n.language));

  const hints = [
    story.slugline,
    story.subjects.length > 0 ? t('wire.subjectCount', { count: story.subjects.length }) : null,
    story.media.length > 0 ? mediaCounts(t, story.media) : null,
    story.wireQuotes.length > 0 ? t('wire.quoteCount', { count: story.wireQuotes.length }) : null,
  ].filter(Boolean);

  return (
    <details
      className="wire-details"
      data-testid="wire-details"
      open={open}
      onToggle={(event) => {
        const next = event.currentTarget.open;
        setOpen(next);
        remember(next);
      }}
    >
      <summary className="wire-details__summary">
        <span className="wire-details__title">{t('wire.title')}</span>
        {hints.length > 0 && <span className="wire-details__hint">{hints.join(' · ')}</span>}
      </summary>
      <div className="wire-details__body">
        {facts.length > 0 && (
          <dl className="wire-details__facts">
            {facts.map((fact) => (
              <div key={fact.key} className="wire-details__fact">
                <dt>{t(`wire.facts.${fact.key}`)}</dt>
                <dd className={fact.mono ? 'wire-details__mono' : undefined}>{fact.value}</dd>
              </div>
            ))}
          </dl>
        )}
        {story.subjects.length > 0 && (
          <div className="wire-details__group">
            <h3 className="wire-details__heading">{t('wire.subjects')}</h3>
            <ul className="chips" aria-label={t('wire.subjects')}>
              {story.subjects.map((subject, index) => (
                <li key={`${subject}-${index}`} className="chip">
                  {subject}
                </li>
              ))}
            </ul>
          </div>
        )}
        {story.media.length > 0 && (
          <div className="wire-details__group">
            <h3 className="wire-details__heading">
              {t('wire.media')}: {mediaCounts(t, story.media)}
            </h3>
            <ul className="wire-media">
              {story.media.map((item, index) => (
                <li key={`${item.uri ?? ''}-${index}`}>
                  <span className="wire-media__kind">{t(`wire.mediaKinds.${item.kind}`)}</span>
                  {item.caption ? (
                    <span className="wire-media__caption">{item.caption}</span>
                  ) : (
                    <span className="muted">{t('wire.noCaption')}</span>
                  )}
                  {(item.uri || item.mimeType) && (
                    <span className="wire-media__uri wire-details__mono">
                      {[item.uri, item.mimeType].filter(Boolean).join(' · ')}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {story.wireQuotes.length > 0 && (
          <div className="wire-details__group">
            <h3 className="wire-details__heading">{t('wire.quotes')}</h3>
            <ul className="wire-quotes">
              {story.wireQuotes.map((quote, index) => (
                <li key={index}>
                  <q>{quote.text}</q>
                  <span className="wire-quotes__source">
                    {quote.source
                      ? t('wire.quoteSource', { source: quote.source })
                      : t('wire.quoteNoSource')}
                  </span>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </details>
  );
}
