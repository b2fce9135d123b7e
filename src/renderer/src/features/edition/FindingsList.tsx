import { useTranslation } from 'react-i18next';
import type { CheckFinding } from './editionApi';
import { findingText } from './findingText';

/** Findings as icon + word + message (never colour alone), each with a way to the story. */
export function FindingsList({
  findings,
  onGoTo,
  canGoTo,
}: {
  findings: readonly CheckFinding[];
  onGoTo: (finding: CheckFinding) => void;
  canGoTo: (finding: CheckFinding) => boolean;
}): React.JSX.Element {
  const { t, i18n } = useTranslation();
  return (
    <ul className="findings">
      {findings.map((finding, index) => (
        <li
          key={`${finding.code}-${index}`}
          className={`finding finding--${finding.severity}`}
          data-testid="check-finding"
          data-code={finding.code}
          data-severity={finding.severity}
        >
          <span className="finding__severity">
            <span className="finding__icon" aria-hidden="true">
              {finding.severity === 'error' ? '✖' : '⚠'}
            </span>
            {t(`edition.check.severity.${finding.severity}`)}
          </span>
          <span className="finding__message">{findingText(finding, i18n)}</span>
          {canGoTo(finding) && (
            <button
              type="button"
              className="link-button finding__go"
              data-testid="check-go-to"
              onClick={() => onGoTo(finding)}
            >
              {finding.itemId !== undefined || finding.storyId !== undefined
                ? t('edition.check.goToStory')
                : finding.sectionId !== undefined
                  ? t('edition.check.goToSection')
                  : t('edition.check.goToField')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
