import type { Annotation, AnnotationStatus, AnnotationType } from '../../../shared/model';
import type { ExportDigest, ExportSection, ExportStory } from '../digest-model';
import { body, ITALIC, p, t, textOf } from './lexical';

/** Builders for the exporter fixtures: a story, an annotation and a "24 часа" digest around sections. */

/** Send time for the checks: 06:00 in Sofia on the edition's day. */
export const FIXTURE_NOW = new Date('2026-03-14T06:00:00+02:00');

let annotationSeq = 0;

export function annotation(
  storyId: number,
  type: AnnotationType,
  status: AnnotationStatus,
  quoteText: string,
  extra: Partial<Annotation> = {},
): Annotation {
  annotationSeq += 1;
  return {
    id: `ann-${storyId}-${annotationSeq}`,
    storyId,
    type,
    status,
    speaker: null,
    sourceName: null,
    sourceUrl: null,
    quote: quoteText,
    prefix: '',
    suffix: '',
    orphaned: false,
    notes: [],
    createdBy: 'Проверител',
    createdAt: '2026-03-13T18:00:00.000Z',
    updatedBy: 'Проверител',
    updatedAt: '2026-03-13T19:00:00.000Z',
    ...extra,
  };
}

/** A story with sensible defaults; `overrides` set what a test is about. */
export function story(
  storyId: number,
  itemId: number,
  overrides: Partial<ExportStory> = {},
): ExportStory {
  const storyBody =
    overrides.body ??
    body(
      p('Първи абзац на новината с подробности за събитието и неговите участници.'),
      p('Втори абзац с ', t('коментар', ITALIC), ' и допълнителен контекст.'),
    );
  return {
    storyId,
    itemId,
    headline: `Новина ${storyId}`,
    summary: 'Кратко резюме на новината за читателите на бюлетина.',
    byline: null,
    source: 'БТА',
    image: null,
    dateline: 'София',
    link: `https://www.24chasa.bg/novini/article/${storyId}`,
    wireTime: '2026-03-13T16:20:00.000Z',
    storyDate: null,
    showBody: true,
    language: 'bg',
    wordsLanguage: overrides.language ?? 'bg',
    pubStatus: 'usable',
    embargoUntil: null,
    expiresAt: null,
    annotations: [],
    overridesOutdated: false,
    openQuotes: 0,
    ...overrides,
    body: storyBody,
    bodyText: overrides.bodyText ?? textOf(storyBody),
  };
}

const BRANDING: ExportDigest['branding'] = {
  publication: '24 часа',
  accent: '#c8102e',
  logoUrl: 'https://www.24chasa.bg/images/logo.png',
  siteUrl: 'https://www.24chasa.bg/bulletin/2026-03-14',
  senderAddress: 'bulletin@24chasa.bg',
  unsubscribeUrl: 'https://www.24chasa.bg/unsubscribe',
};

export function digest(
  sections: ExportSection[],
  overrides: Partial<ExportDigest> = {},
): ExportDigest {
  const intro = body(
    p(
      'Добро утро! Днес парламентът гласува бюджета, лекарите излизат на протест, а „Левски“ спечели дербито.',
    ),
  );
  return {
    id: 1,
    date: '2026-03-14',
    title: 'Сутрешен бюлетин',
    subject: '24 часа: бюджетът, протестът на лекарите и дербито',
    preheader: 'Парламентът прие бюджета на първо четене. Лекарите излизат на протест.',
    intro,
    introText: textOf(intro),
    signoff: 'Хубав ден!\n\nЕкипът на „24 часа“',
    timezone: 'Europe/Sofia',
    closeTime: '06:00',
    language: 'bg',
    sections,
    branding: BRANDING,
    generatedAt: '2026-03-14T03:30:00.000Z',
    ...overrides,
  };
}
