import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Digest } from '@shared/model';
import { navigate } from '@renderer/app/routing/route';
import { useDigests } from './DigestContext';
import { DigestItemRow } from './DigestItemRow';

function openStory(storyId: number): void {
  navigate({ storyId });
}

export function DigestItems({
  digest,
  openStoryId,
}: {
  digest: Digest;
  openStoryId: number | null;
}): React.JSX.Element {
  const { t } = useTranslation();
  const { removeItem, flags } = useDigests();
  const remove = useCallback((itemId: number) => void removeItem(itemId), [removeItem]);
  if (digest.items.length === 0) {
    return (
      <div className="empty-state">
        <p className="empty-state__title">{t('digest.emptyItemsTitle')}</p>
        <p>{t('digest.emptyItemsHint')}</p>
      </div>
    );
  }
  // Main sends the lead first, then each section's items, each in order; positions count
  // within a section, so they are not an order across the whole edition.
  const items = digest.items;
  return (
    <ol className="digest-items" aria-label={t('digest.itemsLabel')}>
      {items.map((item, index) => (
        <DigestItemRow
          key={item.id}
          item={item}
          flags={flags.get(item.storyId) ?? null}
          position={index + 1}
          active={item.storyId === openStoryId}
          onOpen={openStory}
          onRemove={remove}
          timeZone={digest.timezone}
        />
      ))}
    </ol>
  );
}
