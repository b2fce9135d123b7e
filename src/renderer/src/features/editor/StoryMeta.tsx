import { useTranslation } from 'react-i18next';
import type { Story } from '@shared/model';
import { formatDateTime, formatDay } from '@renderer/features/stories/dates';

/**
 * The wire's facts about the story, read-only, on one line: when it came and in what format.
 * Source, byline and dateline are editable fields (StoryFields), so they are not repeated here.
 */
export function StoryMeta({ story }: { story: Story }): React.JSX.Element {
  const { t, i18n } = useTranslation();
  const facts: { key: string; label: string; value: string }[] = [];
  const add = (key: string, value: string | null): void => {
    if (value) facts.push({ key, label: t(`story.meta.${key}`), value });
  };
  add('storyDate', story.storyDate ? formatDay(story.storyDate, i18n.language) : null);
  add('wireTime', story.wireTime ? formatDateTime(story.wireTime, i18n.language) : null);
  add('format', t(`story.formats.${story.format}`, { defaultValue: story.format }));
  return (
    <dl className="story-meta" aria-label={t('story.meta.label')}>
      {facts.map((fact) => (
        <div className="story-meta__fact" key={fact.key}>
          <dt>{fact.label}</dt>
          <dd>{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
