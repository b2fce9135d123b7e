import { useTranslation } from 'react-i18next';
import type { StorySummary } from '@shared/model';
import { useNow } from '@renderer/features/stories/useNow';

/**
 * What the collapsed group hides that an editor must not miss: members the agency canceled,
 * and an embargo still running on one of them. Shown on the group's toggle, beside "+2 similar".
 */
export function SimilarGroupFlags({
  story,
}: {
  story: Pick<StorySummary, 'similarCanceled' | 'similarEmbargoUntil'>;
}): React.JSX.Element | null {
  const { t } = useTranslation();
  const embargoEnds = story.similarEmbargoUntil ? Date.parse(story.similarEmbargoUntil) : NaN;
  const now = useNow((current) =>
    Number.isFinite(embargoEnds) && embargoEnds > current ? embargoEnds : null,
  );
  const embargoed = Number.isFinite(embargoEnds) && embargoEnds > now;
  if (story.similarCanceled === 0 && !embargoed) return null;
  return (
    <>
      {story.similarCanceled > 0 && (
        <span className="badge badge--canceled similar-toggle__flag" data-testid="similar-canceled">
          {t('inbox.similarCanceled', { count: story.similarCanceled })}
        </span>
      )}
      {embargoed && (
        <span className="badge badge--embargo similar-toggle__flag" data-testid="similar-embargo">
          {t('inbox.similarEmbargoed')}
        </span>
      )}
    </>
  );
}
