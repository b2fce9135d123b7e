import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '@shared/api';
import { useStory } from './useStory';
import { StoryWorkspace } from './StoryWorkspace';

export function StoryLoader({
  storyId,
  onSaved,
}: {
  storyId: number;
  onSaved: (answer: ResponseOf<'stories.save'>) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const load = useStory(storyId);
  switch (load.kind) {
    case 'loading':
      return <p className="muted pane__note">{t('common.loading')}</p>;
    case 'missing':
      return <p className="empty-state">{t('story.missing', { id: storyId })}</p>;
    case 'failed':
      return <p className="empty-state">{t('story.loadFailed')}</p>;
    case 'ready':
      return <StoryWorkspace key={load.story.id} story={load.story} onSaved={onSaved} />;
  }
}
