import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@renderer/features/stories/dates';
import { useDigests } from './DigestContext';

export function AddToDigestButton({ storyId }: { storyId: number }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const { current, addStory } = useDigests();
  const [busy, setBusy] = useState(false);
  const already = current?.items.some((item) => item.storyId === storyId) ?? false;

  const name = current ? current.title || formatDay(current.date, i18n.language) : '';
  let title: string;
  if (current === null) title = t('digest.addNeedsDigest');
  else if (already) title = t('digest.alreadyIn', { title: name });
  else title = t('digest.addTitle', { title: name });

  return (
    <button
      type="button"
      className={already ? 'button button--done' : 'button button--primary'}
      data-testid="add-to-digest"
      disabled={busy || current === null || already}
      title={title}
      onClick={() => {
        setBusy(true);
        void addStory(storyId).finally(() => setBusy(false));
      }}
    >
      {already ? t('digest.inDigest') : t('digest.add')}
    </button>
  );
}
