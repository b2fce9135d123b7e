import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { CheckFinding } from './editionApi';
import { findingSetting } from './findingField';
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
              {goToLabel(finding, t)}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}

/** Where a finding's button leads, said: its story, its section, Settings, or the field. */
function goToLabel(finding: CheckFinding, t: TFunction): string {
  if (finding.itemId !== undefined || finding.storyId !== undefined)
    return t('edition.check.goToStory');
  if (finding.sectionId !== undefined) return t('edition.check.goToSection');
  if (findingSetting(finding) !== null) return t('edition.check.goToSettings');
  return t('edition.check.goToField');
}
