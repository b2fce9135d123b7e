import type { CheckFinding } from './findings';

/** The edition's own fields a finding can be about, by the test id of their control. */
const FIELD_CONTROLS = {
  subject: 'edition-subject',
  preheader: 'edition-preheader',
  title: 'edition-title',
  intro: 'edition-intro',
  'sign-off': 'edition-signoff',
} as const;

export type EditionField = keyof typeof FIELD_CONTROLS;

/**
 * The field of the edition (on the Edition tab) a finding is about, for "Go to field": the
 * subject's and preheader's findings, a placeholder in one of the fields, a link in the intro.
 * Null for a finding about a story or a section, or about nothing one field holds.
 */
export function findingField(finding: CheckFinding): EditionField | null {
  if (finding.code === 'subject-empty' || finding.code === 'subject-length') return 'subject';
  if (finding.code === 'preheader-missing') return 'preheader';
  if (finding.storyId !== undefined || finding.sectionId !== undefined) return null;
  const named = finding.params?.field ?? finding.params?.where;
  return typeof named === 'string' && named in FIELD_CONTROLS ? (named as EditionField) : null;
}

/** The control of a field, once its tab is shown. */
export function fieldControl(field: EditionField): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[data-testid="${FIELD_CONTROLS[field]}"]`);
}

/** The Settings control a finding is about, by test id: the email's branding lives there. */
const SETTING_CONTROLS: Readonly<Record<string, string>> = {
  'email-unsubscribe-missing': 'settings-unsubscribe',
  'email-publication-default': 'settings-publication',
};

/**
 * The control in Settings a finding is about, for "Open Settings": the unsubscribe link, the
 * publication's name. Null for any other finding.
 */
export function findingSetting(finding: CheckFinding): string | null {
  return SETTING_CONTROLS[finding.code] ?? null;
}
