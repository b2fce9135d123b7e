import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Branding } from '@shared/model';
import { TextField } from '@renderer/app/fields/TextField';

/** How the web page and the email present the publication. */
export function BrandingFields({
  value,
  onChange,
  refused,
}: {
  value: Branding;
  onChange: (next: Branding) => void;
  /** The fields main refused at the last save (`branding.logoUrl`…): each says why. */
  refused: ReadonlySet<string>;
}): React.JSX.Element {
  const { t } = useTranslation();
  const why = (field: keyof Branding): string | null =>
    refused.has(`branding.${field}`) ? t(`settings.refused.${field}`) : null;
  const headingId = useId();
  return (
    <section className="sources-section" aria-labelledby={headingId}>
      <h3 className="sources-section__title" id={headingId}>
        {t('settings.branding')}
      </h3>
      <div className="settings-grid">
        <TextField
          label={t('settings.publication')}
          testId="settings-publication"
          error={why('publication')}
          value={value.publication}
          onChange={(publication) => onChange({ ...value, publication })}
        />
        <TextField
          label={t('settings.accent')}
          hint={t('settings.accentHint')}
          testId="settings-accent"
          error={why('accent')}
          type="color"
          value={value.accent}
          onChange={(accent) => onChange({ ...value, accent })}
        />
      </div>
      <TextField
        label={t('settings.logoUrl')}
        hint={t('settings.logoUrlHint')}
        testId="settings-logo"
        error={why('logoUrl')}
        type="url"
        placeholder="https://"
        value={value.logoUrl ?? ''}
        onChange={(logoUrl) => onChange({ ...value, logoUrl: logoUrl.trim() || null })}
      />
      <TextField
        label={t('settings.siteUrl')}
        hint={t('settings.siteUrlHint')}
        testId="settings-site"
        error={why('siteUrl')}
        type="url"
        placeholder="https://"
        value={value.siteUrl ?? ''}
        onChange={(siteUrl) => onChange({ ...value, siteUrl: siteUrl.trim() || null })}
      />
      <TextField
        label={t('settings.senderAddress')}
        hint={t('settings.senderAddressHint')}
        testId="settings-sender"
        error={why('senderAddress')}
        placeholder="newsletter@…"
        value={value.senderAddress ?? ''}
        onChange={(senderAddress) =>
          onChange({ ...value, senderAddress: senderAddress.trim() || null })
        }
      />
      <TextField
        label={t('settings.unsubscribeUrl')}
        hint={t('settings.unsubscribeUrlHint')}
        testId="settings-unsubscribe"
        error={why('unsubscribeUrl')}
        placeholder="https://… · mailto:… · *|UNSUB|*"
        value={value.unsubscribeUrl ?? ''}
        onChange={(unsubscribeUrl) =>
          onChange({ ...value, unsubscribeUrl: unsubscribeUrl.trim() || null })
        }
      />
    </section>
  );
}
