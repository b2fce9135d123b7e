import { useTranslation } from 'react-i18next';
import { skipToStory } from './skipToStory';

/** The page's first Tab stop, shown only when focused: straight to the open story. */
export function SkipLink(): React.JSX.Element {
  const { t } = useTranslation();
  return (
    <a
      className="skip-link"
      href="#story-pane"
      data-testid="skip-to-story"
      onClick={(event) => {
        event.preventDefault();
        skipToStory();
      }}
    >
      {t('app.skipToStory')}
    </a>
  );
}
