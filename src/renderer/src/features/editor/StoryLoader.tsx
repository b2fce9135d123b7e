import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResponseOf } from '@shared/api';
import type { WireUpdate } from './useWireUpdates';
import { useStory } from './useStory';
import { StoryWorkspace } from './StoryWorkspace';

/** One story id (the caller keys it so): loads it, and again on request. */
export function StoryLoader({
  storyId,
  wireUpdated,
  onSaved,
}: {
  storyId: number;
  wireUpdated: readonly WireUpdate[];
  onSaved: (answer: ResponseOf<'stories.save'>) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const [reloads, setReloads] = useState(0);
  const [seenUpdates, setSeenUpdates] = useState(wireUpdated);
  const [stale, setStale] = useState(false);
  // An import that finished while the story is open updated it: what the editor holds is old.
  if (wireUpdated !== seenUpdates) {
    setSeenUpdates(wireUpdated);
    if (wireUpdated.some((entry) => entry.id === storyId)) setStale(true);
  }
  const load = useStory(storyId, reloads);
  switch (load.kind) {
    case 'loading':
      return <p className="muted pane__note">{t('common.loading')}</p>;
    case 'missing':
      return <p className="empty-state">{t('story.missing', { id: storyId })}</p>;
    case 'failed':
      return <p className="empty-state">{t('story.loadFailed')}</p>;
    case 'ready':
      return (
        <StoryWorkspace
          key={`${load.story.id}:${load.story.revision}:${load.story.updatedAt}`}
          story={load.story}
          stale={stale}
          onReload={() => {
            setStale(false);
            setReloads((count) => count + 1);
          }}
          onSaved={onSaved}
        />
      );
  }
}
