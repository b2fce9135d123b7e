import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Story } from '@shared/model';
import { formatDateTime } from '@renderer/features/stories/dates';
import { nextBadgeChange, storyBadges } from '@renderer/features/stories/storyBadges';
import { useNow } from '@renderer/features/stories/useNow';
import { RevisionsList } from './RevisionsList';

/**
 * What an editor must know before using the story, above its headline: withdrawn by the agency,
 * past the time the agency allowed its use, under embargo, changed by the wire over the
 * editor's own edits, or changed since it was opened.
 */
export function StoryBanners({
  story,
  stale,
  onReload,
}: {
  story: Story;
  /** What the editor holds is no longer the story: a wire update, or a save in another window. */
  stale: 'wire' | 'window' | null;
  onReload: () => void;
}): React.JSX.Element | null {
  const { t, i18n } = useTranslation();
  const now = useNow((at) => nextBadgeChange(story, at));
  const [showRevisions, setShowRevisions] = useState(false);
  const revisionsId = useId();
  // The same warnings as the story's badges, said at length.
  const badges = storyBadges(story, now);
  const canceled = badges.some((badge) => badge.kind === 'canceled');
  const expired = badges.find((badge) => badge.kind === 'expired');
  const embargo = badges.find((badge) => badge.kind === 'embargo');
  if (!canceled && !expired && !embargo && !story.wireConflict && !stale) return null;
  return (
    <div className="banners">
      {canceled && (
        <div className="banner banner--danger" role="alert" data-testid="banner-canceled">
          <strong className="banner__label">{t('banners.canceledLabel')}</strong>
          <span>{t('banners.canceledText')}</span>
        </div>
      )}
      {expired && (
        <div className="banner banner--danger" role="alert" data-testid="banner-expired">
          <strong className="banner__label">{t('banners.expiredLabel')}</strong>
          <span>
            {t('banners.expiredText', { time: formatDateTime(expired.at, i18n.language) })}
          </span>
        </div>
      )}
      {embargo && (
        <div className="banner banner--warning" data-testid="banner-embargo">
          <strong className="banner__label">{t('banners.embargoLabel')}</strong>
          <span>
            {t('banners.embargoText', {
              time: formatDateTime(embargo.until, i18n.language),
            })}
          </span>
        </div>
      )}
      {story.wireConflict && (
        <div className="banner banner--warning" data-testid="banner-conflict">
          <strong className="banner__label">{t('banners.conflictLabel')}</strong>
          <span>{t('banners.conflictText')}</span>
          <button
            type="button"
            className="link-button banner__action"
            aria-expanded={showRevisions}
            aria-controls={showRevisions ? revisionsId : undefined}
            onClick={() => setShowRevisions((open) => !open)}
          >
            {showRevisions ? t('banners.hideRevisions') : t('banners.showRevisions')}
          </button>
          {showRevisions && <RevisionsList id={revisionsId} storyId={story.id} />}
        </div>
      )}
      {stale && (
        <div className="banner banner--info" role="status" data-testid="banner-stale">
          <span>
            {stale === 'window' ? t('banners.savedElsewhereText') : t('banners.staleText')}
          </span>
          <button type="button" className="button button--small banner__action" onClick={onReload}>
            {t('banners.reload')}
          </button>
        </div>
      )}
    </div>
  );
}
