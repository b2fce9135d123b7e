import { useTranslation } from 'react-i18next';
import { formatDateTime } from './dates';
import { nextBadgeChange, storyBadges, type StoryBadge, type StoryFlags } from './storyBadges';
import { useNow } from './useNow';
import './badges.css';

function BadgeLabel({
  badge,
  language,
  timeZone,
}: {
  badge: StoryBadge;
  language: string;
  timeZone: string | undefined;
}): React.JSX.Element {
  const { t } = useTranslation();
  switch (badge.kind) {
    case 'canceled':
      return (
        <span className="badge badge--canceled" data-testid="badge-canceled">
          {t('badges.canceled')}
        </span>
      );
    case 'expired':
      return (
        <span className="badge badge--canceled badge--dated" data-testid="badge-expired">
          {t('badges.expired', { time: formatDateTime(badge.at, language, timeZone) })}
        </span>
      );
    case 'withheld':
      return (
        <span className="badge badge--withheld" data-testid="badge-withheld">
          {t('badges.withheld')}
        </span>
      );
    case 'flash':
      return (
        <span className="badge badge--flash" data-testid="badge-urgent" data-urgency="flash">
          {t('badges.flash')}
        </span>
      );
    case 'urgent':
      return (
        <span className="badge badge--urgent" data-testid="badge-urgent" data-urgency="urgent">
          {t('badges.urgent')}
        </span>
      );
    case 'embargo':
      return (
        <span className="badge badge--embargo" data-testid="badge-embargo">
          {t('badges.embargo', {
            time: badge.valid ? formatDateTime(badge.until, language, timeZone) : badge.until,
          })}
        </span>
      );
    case 'conflict':
      return (
        <span className="badge badge--conflict" data-testid="badge-conflict">
          {t('badges.conflict')}
        </span>
      );
  }
}

/**
 * A story's warnings as labelled badges (never colour alone). Renders nothing when there are none,
 * so a plain story takes no extra room.
 */
export function StoryBadges({
  flags,
  id,
  className,
  timeZone,
}: {
  flags: StoryFlags;
  id?: string;
  className?: string;
  /** Times in this zone (an edition's, on its board); the computer's otherwise. */
  timeZone?: string;
}): React.JSX.Element | null {
  const { i18n } = useTranslation();
  const now = useNow((at) => nextBadgeChange(flags, at));
  const badges = storyBadges(flags, now);
  if (badges.length === 0) return null;
  return (
    <span className={className ? `badges ${className}` : 'badges'} id={id}>
      {badges.map((badge) => (
        <BadgeLabel key={badge.kind} badge={badge} language={i18n.language} timeZone={timeZone} />
      ))}
    </span>
  );
}
