import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDay } from '@renderer/features/stories/dates';
import { refocusIfDropped } from '@renderer/lib/refocusIfDropped';
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
      disabled={busy || current === null}
      // Once in the digest the button stays where the keyboard is (a disabled one drops the
      // focus to the top of the page), saying so, and does nothing.
      aria-disabled={already}
      title={title}
      onClick={(event) => {
        if (already) return;
        const button = event.currentTarget;
        setBusy(true);
        void addStory(storyId).finally(() => {
          setBusy(false);
          refocusIfDropped(() => button);
        });
      }}
    >
      {already ? t('digest.inDigest') : t('digest.add')}
    </button>
  );
}
