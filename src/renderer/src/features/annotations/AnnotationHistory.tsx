import { useTranslation } from 'react-i18next';
import type { Annotation } from '@shared/model';
import { formatDateTime } from '@renderer/features/stories/dates';

/** Who made the annotation and who last changed it, and when. */
export function AnnotationHistory({ annotation }: { annotation: Annotation }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const who = (name: string | null): string => name ?? t('annotations.unknownAuthor');
  const changed = annotation.updatedAt !== annotation.createdAt;
  return (
    <p className="annotation-history">
      {t('annotations.created', {
        who: who(annotation.createdBy),
        when: formatDateTime(annotation.createdAt, i18n.language),
      })}
      {changed && (
        <>
          <br />
          {t('annotations.updated', {
            who: who(annotation.updatedBy),
            when: formatDateTime(annotation.updatedAt, i18n.language),
          })}
        </>
      )}
    </p>
  );
}
