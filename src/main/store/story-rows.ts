import type {
  LexicalStateJson,
  MediaRef,
  PubStatus,
  Story,
  StoryFormat,
  StorySummary,
  WireQuote,
} from '../../shared/model';

/** A stories row as SQLite returns it. */
export interface StoryRow {
  id: number;
  source: string | null;
  format: string;
  file_name: string | null;
  headline: string;
  kicker: string | null;
  byline: string | null;
  dateline: string | null;
  language: string | null;
  story_date: string | null;
  wire_time: string | null;
  received_at: string;
  updated_at: string;
  body_json: string;
  body_text: string;
  revision: number;
  wire_id: string | null;
  wire_version: number | null;
  pub_status: string | null;
  embargo_until: string | null;
  expires_at: string | null;
  urgency: number | null;
  slugline: string | null;
  summary: string | null;
  link: string | null;
  ed_note: string | null;
  charset: string | null;
  subjects_json: string;
  media_json: string;
  wire_quotes_json: string;
  package_json: string | null;
  edited: number;
  wire_conflict: number;
  similar_group: number | null;
}

const EXCERPT_CHARS = 220;

/** Columns of a summary; `s` is the stories alias in every query that uses it. */
export const SUMMARY_COLUMNS = `s.id, s.source, s.format, s.headline, s.language, s.story_date,
  s.wire_time, s.received_at, s.updated_at, substr(s.body_text, 1, ${EXCERPT_CHARS}) AS excerpt,
  s.pub_status, s.embargo_until, s.expires_at, s.urgency, s.wire_conflict, s.similar_group,
  CASE WHEN s.similar_group IS NULL THEN 0 ELSE
    (SELECT count(*) - 1 FROM stories g WHERE g.similar_group = s.similar_group) END AS similar_count,
  CASE WHEN s.similar_group IS NULL THEN 0 ELSE
    (SELECT count(*) FROM stories g WHERE g.similar_group = s.similar_group AND g.id != s.id
       AND g.pub_status = 'canceled') END AS similar_canceled,
  CASE WHEN s.similar_group IS NULL THEN NULL ELSE
    (SELECT max(g.embargo_until) FROM stories g WHERE g.similar_group = s.similar_group
       AND g.id != s.id) END AS similar_embargo_until`;

export type SummaryRow = Pick<
  StoryRow,
  | 'id'
  | 'source'
  | 'format'
  | 'headline'
  | 'language'
  | 'story_date'
  | 'wire_time'
  | 'received_at'
  | 'updated_at'
  | 'pub_status'
  | 'embargo_until'
  | 'expires_at'
  | 'urgency'
  | 'wire_conflict'
  | 'similar_group'
> & {
  excerpt: string;
  similar_count: number;
  similar_canceled: number;
  similar_embargo_until: string | null;
};

type CommonRow = Omit<
  SummaryRow,
  'excerpt' | 'similar_count' | 'similar_canceled' | 'similar_embargo_until'
>;

function commonFields(
  row: CommonRow,
): Omit<StorySummary, 'excerpt' | 'similarCount' | 'similarCanceled' | 'similarEmbargoUntil'> {
  return {
    id: row.id,
    headline: row.headline,
    source: row.source,
    format: row.format as StoryFormat,
    language: row.language,
    storyDate: row.story_date,
    wireTime: row.wire_time,
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    pubStatus: row.pub_status as PubStatus | null,
    embargoUntil: row.embargo_until,
    expiresAt: row.expires_at,
    urgency: row.urgency,
    wireConflict: row.wire_conflict === 1,
    similarGroup: row.similar_group,
  };
}

export function toSummary(row: SummaryRow): StorySummary {
  return {
    ...commonFields(row),
    excerpt: row.excerpt.replace(/\s+/g, ' ').trim(),
    similarCount: row.similar_count,
    similarCanceled: row.similar_canceled,
    similarEmbargoUntil: row.similar_embargo_until,
  };
}

export function toStory(row: StoryRow): Story {
  return {
    ...commonFields(row),
    byline: row.byline,
    dateline: row.dateline,
    kicker: row.kicker,
    fileName: row.file_name,
    body: JSON.parse(row.body_json) as LexicalStateJson,
    bodyText: row.body_text,
    revision: row.revision,
    wireId: row.wire_id,
    wireVersion: row.wire_version,
    slugline: row.slugline,
    summary: row.summary,
    link: row.link,
    subjects: JSON.parse(row.subjects_json) as string[],
    edNote: row.ed_note,
    media: JSON.parse(row.media_json) as MediaRef[],
    wireQuotes: JSON.parse(row.wire_quotes_json) as WireQuote[],
    packageRef: row.package_json ? (JSON.parse(row.package_json) as Story['packageRef']) : null,
    charset: row.charset,
    edited: row.edited === 1,
  };
}
