import { useTranslation } from 'react-i18next';

/** A dialog's title and its close button (×, named for screen readers). */
export function DialogHead({
  titleId,
  title,
  onClose,
  className,
  titleClassName,
  closeTestId,
}: {
  titleId: string;
  title: string;
  onClose: () => void;
  className: string;
  titleClassName?: string;
  closeTestId?: string;
}): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <div className={className}>
      <h2 className={titleClassName} id={titleId}>
        {title}
      </h2>
      <button
        type="button"
        className="icon-button"
        data-testid={closeTestId}
        onClick={onClose}
        aria-label={t('sources.close')}
        title={t('sources.close')}
      >
        {t('common.closeGlyph')}
      </button>
    </div>
  );
}
