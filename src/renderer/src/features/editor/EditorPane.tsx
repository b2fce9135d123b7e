import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '@shared/api';
import type { WireUpdate } from './useWireUpdates';
import { StoryLoader } from './StoryLoader';
import './editor-pane.css';

export function EditorPane({
  storyId,
  wireUpdated,
  onSaved,
}: {
  storyId: number | null;
  /** Stories the last import updated: an open one among them is stale. */
  wireUpdated: readonly WireUpdate[];
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
  return (
    <StoryLoader key={storyId} storyId={storyId} wireUpdated={wireUpdated} onSaved={onSaved} />
  );
}
