import { useTranslation } from 'react-i18next';
import type { AnnotationType } from '@shared/model';
import './chips.css';

export function TypeChip({ type }: { type: AnnotationType }): React.JSX.Element {
  const { t } = useTranslation();
  return <span className={`type-chip type-chip--${type}`}>{t(`annotations.types.${type}`)}</span>;
}
