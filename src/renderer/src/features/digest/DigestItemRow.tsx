import { useTranslation } from 'react-i18next';
import type { DigestItem } from '@shared/model';

export function DigestItemRow({
  item,
  position,
  active,
  onOpen,
  onRemove,
}: {
  item: DigestItem;
  position: number;
  active: boolean;
  onOpen: (storyId: number) => void;
  onRemove: (itemId: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const headline = item.headline || t('inbox.untitled');
  return (
    <li
      className={active ? 'digest-item digest-item--active' : 'digest-item'}
      data-testid="digest-item"
      data-item-id={item.id}
      data-story-id={item.storyId}
    >
      <span className="digest-item__position" aria-hidden="true">
        {position}
      </span>
      <button
        type="button"
        className="digest-item__open"
        onClick={() => onOpen(item.storyId)}
        aria-current={active ? 'true' : undefined}
      >
        <span className="digest-item__headline">{headline}</span>
        {item.source && <span className="digest-item__source">{item.source}</span>}
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={() => onRemove(item.id)}
        aria-label={t('digest.remove', { headline })}
        title={t('digest.remove', { headline })}
      >
        {t('common.closeGlyph')}
      </button>
    </li>
  );
}
