import { useTranslation } from 'react-i18next';
import type { StorySummary } from '@shared/model';
import { StoryCard } from './StoryCard';

export function StoryList({
  stories,
  search,
  selectedId,
  version,
  onOpen,
}: {
  stories: StorySummary[] | null;
  search: string;
  selectedId: number | null;
  version: number;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  if (stories === null) return <p className="muted pane__note">{t('common.loading')}</p>;
  if (stories.length === 0) {
    return search.trim() ? (
      <p className="empty-state">{t('inbox.noMatches', { search: search.trim() })}</p>
    ) : (
      <div className="empty-state">
        <p className="empty-state__title">{t('inbox.emptyTitle')}</p>
        <p>{t('inbox.emptyHint')}</p>
        <p>{t('inbox.emptyPasteHint')}</p>
        <p>{t('inbox.emptySourcesHint')}</p>
      </div>
    );
  }
  return (
    <ul className="story-list" role="list" aria-label={t('inbox.listLabel')}>
      {stories.map((story) => (
        <StoryCard
          key={story.id}
          story={story}
          selectedId={selectedId}
          version={version}
          onOpen={onOpen}
        />
      ))}
    </ul>
  );
}
