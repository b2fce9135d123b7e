import { useTranslation } from 'react-i18next';

/** Main's own English words beside the sentence errorText chose, as a small line (for support). */
export function ErrorDetail({
  detail,
  className = 'error-detail',
}: {
  detail: string | null;
  className?: string;
}): React.ReactNode {
  const { t } = useTranslation();
  if (detail === null) return null;
  return (
    <small className={className} lang="en" title={t('errors.detailLabel')}>
      {detail}
    </small>
  );
}
