import type { i18n as I18n } from 'i18next';
import { formatDateTime, formatDay } from '@renderer/features/stories/dates';
import type { CheckFinding } from './findings';

/**
 * A pre-send finding in the interface's language, from its code and params; main's English
 * message where this build has no words for the code (a newer main) or main sent no params.
 * Params that are words themselves (the kind of annotation, a field, where a link is) are
 * translated too; an annotation's kind and a story's placeholder pick the sentence's form
 * (i18next context), as Bulgarian agrees the verb with "цитатът" and "твърдението".
 */
export function findingText(finding: CheckFinding, i18n: I18n): string {
  const key = `findings.${finding.code}`;
  const params = finding.params;
  // A message said in plural forms only exists for a count.
  const counted = typeof params?.count === 'number' ? { count: params.count } : undefined;
  if (!params || !i18n.exists(key, counted)) return finding.message;
  const words: Record<string, string | number> = { ...params };
  if (typeof params.kind === 'string') words.kind = i18n.t(`findings.kinds.${params.kind}`);
  if (typeof params.field === 'string') words.field = i18n.t(`findings.fields.${params.field}`);
  if (typeof params.where === 'string')
    words.where = i18n.t(`findings.where.${params.where}`, { story: params.story });
  // Headlines, one per line, each quoted as the language quotes.
  if (typeof params.stories === 'string')
    words.stories = params.stories
      .split('\n')
      .map((headline) => i18n.t('findings.parts.quoted', { text: headline }))
      .join(', ');
  // Why a link had no answer: main's English detail where this build has no words for it.
  if (finding.code === 'link-unreachable' && typeof params.reason === 'string')
    words.reason = i18n.t(`findings.unreachable.${params.reason}`, {
      defaultValue: params.detail ?? params.reason,
    });
  // Times are written in the interface's language from the instants main sends beside them.
  const timezone = typeof params.timezone === 'string' ? params.timezone : undefined;
  for (const name of ['until', 'closes', 'at', 'from', 'to']) {
    const instant = params[`${name}At`];
    if (typeof instant !== 'string' || !timezone) continue;
    // A window's two ends share one zone, said once by the story's time beside them.
    const zone = name === 'from' || name === 'to' ? '' : ` (${timezone})`;
    words[name] = `${formatDateTime(instant, i18n.language, timezone, false)}${zone}`;
  }
  // Sizes as the language writes decimals ("157,4" in Bulgarian); main sends "157.4".
  const kb = Number(params.kb);
  if (typeof params.kb === 'string' && Number.isFinite(kb))
    words.kb = kb.toLocaleString(i18n.language, {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      useGrouping: false,
    });
  // A story of a day and no time.
  if (typeof params.atDay === 'string') words.at = formatDay(params.atDay, i18n.language);
  const context = sentenceForm(finding.code, params);
  return i18n.t(key, { ...words, ...(context ? { context } : {}) });
}

/**
 * Which form of the sentence fits (i18next context): an annotation's kind, what holds a
 * placeholder, an email too big because of stories printed in full.
 */
function sentenceForm(
  code: string,
  params: NonNullable<CheckFinding['params']>,
): string | undefined {
  if (code === 'email-clipped') return params.stories !== undefined ? 'full' : undefined;
  if (typeof params.kind === 'string') return params.kind;
  if (code !== 'placeholder') return undefined;
  if (params.story !== undefined) return 'story';
  return params.field === 'section' ? 'section' : undefined;
}
