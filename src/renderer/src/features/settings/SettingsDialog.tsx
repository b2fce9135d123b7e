import { useCallback, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AppError } from '@shared/errors';
import type { Settings } from '@shared/model';
import { call } from '@renderer/api/client';
import { ModalDialog } from '@renderer/app/dialog/ModalDialog';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { useRemote } from '@renderer/features/sources/useRemote';
import { BrandingFields } from './BrandingFields';
import { EditionDefaultsFields } from './EditionDefaultsFields';
import { LanguageSelect } from './LanguageSelect';
import { TextField } from '@renderer/app/fields/TextField';
import '@renderer/features/sources/sources.css';
import './settings.css';
import { validZone } from '@renderer/lib/timeZones';
import { announceSettingsSaved } from './authorName';

const loadSettings = (): Promise<Settings> => call('settings.get', {});

/** Values main may refuse whose fields say why (BrandingFields). */
const SHOWN_AT_FIELD = new Set(
  ['publication', 'accent', 'logoUrl', 'siteUrl', 'senderAddress', 'unsubscribeUrl'].map(
    (field) => `branding.${field}`,
  ),
);

/**
 * The editor's own settings: name (recorded on revisions and annotations), what a new edition
 * starts with, and how exports present the publication. Saved together with one button, so a
 * half-typed address is never stored; main validates and names the field it refuses.
 */
export function SettingsDialog({ onClose }: { onClose: () => void }): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const youId = useId();
  const [stored, setStored] = useRemote(loadSettings);
  const [draft, setDraft] = useState<Settings | null>(null);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  // × or Escape with changes not saved: asked here, in the dialog, before anything is lost.
  const [leaving, setLeaving] = useState(false);
  const canClose = useCallback((): boolean => {
    if (!draft) return true;
    setLeaving(true);
    return false;
  }, [draft]);
  const shown = draft ?? (stored.kind === 'ready' ? stored.value : null);

  // The values main refused at the last save, by path: shown at their fields until changed.
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());

  const change = (next: Settings): void => {
    setDraft(next);
    setState('idle');
    setLeaving(false);
    setRefused(new Set());
  };

  const save = (): void => {
    if (!draft) return;
    setState('saving');
    call('settings.set', {
      authorName: draft.authorName,
      editionDefaults: {
        ...draft.editionDefaults,
        sections: draft.editionDefaults.sections.map((name) => name.trim()).filter(Boolean),
      },
      branding: draft.branding,
    })
      .then((saved) => {
        setStored(saved);
        setDraft(null);
        setState('saved');
        announceSettingsSaved();
      })
      .catch((error: unknown) => {
        const paths =
          error instanceof AppError && error.code === 'invalid_request' ? error.paths : [];
        // Fields that can say why themselves do; anything else is an alert.
        if (paths?.length && paths.every((path) => SHOWN_AT_FIELD.has(path)))
          setRefused(new Set(paths));
        else reportError(error);
        setState('idle');
      });
  };

  return (
    <ModalDialog
      className="sources-dialog"
      testId="settings-dialog"
      title={t('settings.title')}
      onClose={onClose}
      canClose={canClose}
    >
      {shown === null ? (
        <p className="sources-dialog__intro muted">{t('common.loading')}</p>
      ) : (
        <form
          className="sources-dialog__body settings-form"
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <section className="sources-section" aria-labelledby={youId}>
            <h3 className="sources-section__title" id={youId}>
              {t('settings.you')}
            </h3>
            <LanguageSelect place="settings" />
            <TextField
              label={t('settings.authorName')}
              hint={t('settings.authorNameHint')}
              testId="settings-author"
              value={shown.authorName ?? ''}
              onChange={(value) => change({ ...shown, authorName: value.trim() ? value : null })}
            />
          </section>
          <EditionDefaultsFields
            value={shown.editionDefaults}
            onChange={(editionDefaults) => change({ ...shown, editionDefaults })}
          />
          <BrandingFields
            value={shown.branding}
            onChange={(branding) => change({ ...shown, branding })}
            refused={refused}
          />
          <p className="muted settings-form__more">{t('settings.elsewhere')}</p>
          {leaving && (
            <div className="settings-form__leaving" role="alert" data-testid="settings-leaving">
              <span>{t('settings.leaveUnsaved')}</span>
              <button
                type="button"
                className="button"
                data-testid="settings-discard"
                onClick={onClose}
              >
                {t('settings.discard')}
              </button>
              <button
                type="button"
                className="button button--primary"
                data-testid="settings-keep"
                autoFocus
                onClick={() => setLeaving(false)}
              >
                {t('settings.keepEditing')}
              </button>
            </div>
          )}
          <div className="settings-form__actions">
            <span role="status" className="settings-form__state">
              {state === 'saved' ? t('settings.saved') : draft ? t('settings.unsaved') : ''}
            </span>
            <button
              type="submit"
              className="button button--primary"
              data-testid="settings-save"
              // An unknown zone is explained at its field; main would refuse it.
              disabled={!draft || state === 'saving' || !validZone(draft.editionDefaults.timezone)}
            >
              {t('settings.save')}
            </button>
          </div>
        </form>
      )}
    </ModalDialog>
  );
}
