import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '@shared/api';
import { StoryLoader } from './StoryLoader';
import './editor-pane.css';

export function EditorPane({
  storyId,
  onSaved,
}: {
  storyId: number | null;
  onSaved: (answer: ResponseOf<'stories.save'>) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  if (storyId === null) {
    return (
      <div className="empty-state empty-state--centred">
        <p className="empty-state__title">{t('story.noneTitle')}</p>
        <p>{t('story.noneHint')}</p>
      </div>
    );
  }
  return <StoryLoader storyId={storyId} onSaved={onSaved} />;
}
