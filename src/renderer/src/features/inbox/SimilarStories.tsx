import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StorySummary } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { StoryCard } from './StoryCard';

type Members = { stories: StorySummary[] | 'failed' };

/** The other stories of a near-duplicate group, nested under the one the inbox shows. */
export function SimilarStories({
  id,
  group,
  leadId,
  selectedId,
  version,
  onOpen,
}: {
  id: string;
  group: number;
  leadId: number;
  selectedId: number | null;
  version: number;
  onOpen: (id: number) => void;
}): React.JSX.Element {
  const { t } = useTranslation();
  const reportError = useReportError();
  const [members, setMembers] = useState<Members | null>(null);

  useEffect(() => {
    let current = true;
    call('stories.list', { similarGroup: group }).then(
      (list) => {
        if (current) setMembers({ stories: list.filter((story) => story.id !== leadId) });
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setMembers({ stories: 'failed' });
      },
    );
    return () => {
      current = false;
    };
  }, [group, leadId, version, reportError]);

  // A reload keeps showing the previous members until the new ones arrive: no flicker.
  if (members === null) {
    return (
      <p className="similar-group__note muted" id={id}>
        {t('common.loading')}
      </p>
    );
  }
  if (members.stories === 'failed') {
    return (
      <p className="similar-group__note" id={id}>
        {t('inbox.similarFailed')}
      </p>
    );
  }
  if (members.stories.length === 0) {
    return (
      <p className="similar-group__note muted" id={id}>
        {t('inbox.similarNone')}
      </p>
    );
  }
  return (
    <ul className="similar-group" id={id} role="list" aria-label={t('inbox.similarLabel')}>
      {members.stories.map((story) => (
        <StoryCard
          key={story.id}
          story={story}
          selectedId={selectedId}
          version={version}
          onOpen={onOpen}
          nested
        />
      ))}
    </ul>
  );
}
