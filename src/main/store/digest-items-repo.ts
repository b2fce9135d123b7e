import type Database from 'better-sqlite3';
import type { DigestItem, DigestSection, PubStatus } from '../../shared/model';
import { statementCache } from './statements';

interface ItemRow {
  id: number;
  story_id: number;
  section_id: number | null;
  position: number;
  headline_override: string | null;
  summary_override: string | null;
  show_byline: number;
  show_source: number;
  show_image: number;
  show_body: number;
  overrides_revision: number | null;
  story_headline: string;
  source: string | null;
  excerpt: string;
  pub_status: string | null;
  embargo_until: string | null;
  similar_group: number | null;
}

export interface ItemOverrides {
  headlineOverride?: string | null;
  summaryOverride?: string | null;
  showByline?: boolean;
  showSource?: boolean;
  showImage?: boolean;
  showBody?: boolean;
}

/**
 * A digest's sections and the order of its items. Positions are 0…n−1 within each section (the
 * lead being the section `null`), and every move renumbers inside one transaction, so no
 * sequence of moves — from one window or two — can leave gaps or duplicates.
 */
export class DigestItemsRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  sections(digestId: number): DigestSection[] {
    return this.sql(
      'SELECT id, name, position FROM digest_sections WHERE digest_id = ? ORDER BY position',
    ).all(digestId) as DigestSection[];
  }

  items(digestId: number): DigestItem[] {
    const rows = this.sql(
      `SELECT i.id, i.story_id, i.section_id, i.position, i.headline_override, i.summary_override,
         i.show_byline, i.show_source, i.show_image, i.show_body, i.overrides_revision,
         s.headline AS story_headline,
         s.source,
         substr(s.body_text, 1, 220) AS excerpt, s.pub_status, s.embargo_until, s.similar_group
       FROM digest_items i
       JOIN stories s ON s.id = i.story_id
       LEFT JOIN digest_sections sec ON sec.id = i.section_id
       WHERE i.digest_id = ?
       ORDER BY coalesce(sec.position, -1), i.position`,
    ).all(digestId) as ItemRow[];
    return rows.map(toItem);
  }

  item(itemId: number): (DigestItem & { digestId: number }) | null {
    const row = this.sql('SELECT digest_id FROM digest_items WHERE id = ?').get(itemId) as
      { digest_id: number } | undefined;
    if (!row) return null;
    const item = this.items(row.digest_id).find((candidate) => candidate.id === itemId)!;
    return { ...item, digestId: row.digest_id };
  }

  section(sectionId: number): (DigestSection & { digestId: number }) | null {
    return (
      (this.sql(
        'SELECT id, name, position, digest_id AS digestId FROM digest_sections WHERE id = ?',
      ).get(sectionId) as (DigestSection & { digestId: number }) | undefined) ?? null
    );
  }

  /** Appends stories to a section (or the lead); stories already in the digest stay where they are. */
  add(digestId: number, storyIds: number[], sectionId: number | null): void {
    const insert = this.sql(
      'INSERT OR IGNORE INTO digest_items (digest_id, story_id, section_id, position) VALUES (?, ?, ?, ?)',
    );
    let position = this.count(digestId, sectionId);
    for (const storyId of storyIds) {
      if (insert.run(digestId, storyId, sectionId, position).changes > 0) position += 1;
    }
  }

  /**
   * Puts a removed story back at `position` of `sectionId`, with its overrides; a story already
   * in the digest is left where it is. `overridesRevision`, when known, is the revision its
   * overrides were written against before the removal: kept, so that a story updated since still
   * warns (the overrides are written again here, which would otherwise date them now).
   */
  restore(
    digestId: number,
    storyId: number,
    sectionId: number | null,
    position: number,
    overrides: ItemOverrides,
    overridesRevision?: number | null,
  ): void {
    const inserted = this.sql(
      'INSERT OR IGNORE INTO digest_items (digest_id, story_id, section_id, position) VALUES (?, ?, ?, ?) RETURNING id',
    ).get(digestId, storyId, sectionId, this.count(digestId, sectionId)) as
      { id: number } | undefined;
    if (!inserted) return;
    this.move(digestId, inserted.id, sectionId, position);
    this.updateItem(inserted.id, overrides);
    if (overridesRevision !== undefined)
      this.sql(
        `UPDATE digest_items SET overrides_revision = ?
           WHERE id = ? AND (headline_override IS NOT NULL OR summary_override IS NOT NULL)`,
      ).run(overridesRevision, inserted.id);
  }

  remove(digestId: number, itemId: number): boolean {
    const removed = this.sql(
      'DELETE FROM digest_items WHERE id = ? AND digest_id = ? RETURNING section_id',
    ).get(itemId, digestId) as { section_id: number | null } | undefined;
    if (!removed) return false;
    this.renumber(digestId, removed.section_id);
    return true;
  }

  /** Moves an item to `position` in `sectionId` (null: the lead), shifting the others. */
  move(digestId: number, itemId: number, sectionId: number | null, position: number): void {
    const current = this.sql('SELECT section_id FROM digest_items WHERE id = ?').get(itemId) as {
      section_id: number | null;
    };
    const order = this.orderedIds(digestId, sectionId).filter((id) => id !== itemId);
    const at = Math.max(0, Math.min(position, order.length));
    order.splice(at, 0, itemId);
    this.sql('UPDATE digest_items SET section_id = ? WHERE id = ?').run(sectionId, itemId);
    this.writeOrder(order);
    if (current.section_id !== sectionId) this.renumber(digestId, current.section_id);
  }

  updateItem(itemId: number, overrides: ItemOverrides): void {
    const current = this.sql('SELECT * FROM digest_items WHERE id = ?').get(itemId) as Record<
      string,
      unknown
    >;
    const flag = (value: boolean | undefined, column: string) =>
      value === undefined ? current[column] : value ? 1 : 0;
    const headline =
      overrides.headlineOverride === undefined
        ? current.headline_override
        : overrides.headlineOverride;
    const summary =
      overrides.summaryOverride === undefined
        ? current.summary_override
        : overrides.summaryOverride;
    // Written now, and changed: against the story as it is now (see migration 0018). The same
    // words sent again (a client saving all its fields) are not written anew.
    const written =
      overrides.headlineOverride !== undefined || overrides.summaryOverride !== undefined;
    this.sql(
      `UPDATE digest_items SET headline_override = @headline, summary_override = @summary,
         overrides_revision = CASE
           WHEN @headline IS NULL AND @summary IS NULL THEN NULL
           WHEN @written AND (@headline IS NOT headline_override OR @summary IS NOT summary_override)
             THEN (SELECT revision FROM stories WHERE id = digest_items.story_id)
           ELSE overrides_revision END,
         show_byline = @byline, show_source = @source, show_image = @image, show_body = @body
       WHERE id = @id`,
    ).run({
      headline,
      summary,
      written: written ? 1 : 0,
      byline: flag(overrides.showByline, 'show_byline'),
      source: flag(overrides.showSource, 'show_source'),
      image: flag(overrides.showImage, 'show_image'),
      body: flag(overrides.showBody, 'show_body'),
      id: itemId,
    });
  }

  createSection(digestId: number, name: string): number {
    const { next } = this.sql(
      'SELECT coalesce(max(position), -1) + 1 AS next FROM digest_sections WHERE digest_id = ?',
    ).get(digestId) as {
      next: number;
    };
    return Number(
      this.sql('INSERT INTO digest_sections (digest_id, name, position) VALUES (?, ?, ?)').run(
        digestId,
        name,
        next,
      ).lastInsertRowid,
    );
  }

  renameSection(sectionId: number, name: string): void {
    this.sql('UPDATE digest_sections SET name = ? WHERE id = ?').run(name, sectionId);
  }

  moveSection(digestId: number, sectionId: number, position: number): void {
    const order = this.sections(digestId)
      .map((section) => section.id)
      .filter((id) => id !== sectionId);
    order.splice(Math.max(0, Math.min(position, order.length)), 0, sectionId);
    this.writeSectionOrder(order);
  }

  private writeSectionOrder(ids: number[]): void {
    const update = this.sql('UPDATE digest_sections SET position = ? WHERE id = ?');
    ids.forEach((id, index) => update.run(index, id));
  }

  /** Deletes a section; its stories move to the end of the lead rather than leave the edition. */
  deleteSection(digestId: number, sectionId: number): void {
    const orphans = this.orderedIds(digestId, sectionId);
    const lead = this.orderedIds(digestId, null);
    this.sql('UPDATE digest_items SET section_id = NULL WHERE section_id = ?').run(sectionId);
    this.writeOrder([...lead, ...orphans]);
    this.sql('DELETE FROM digest_sections WHERE id = ?').run(sectionId);
    this.writeSectionOrder(this.sections(digestId).map((section) => section.id));
  }

  /** Copies another edition's section names (not its stories). */
  copySections(fromDigestId: number, toDigestId: number): void {
    for (const section of this.sections(fromDigestId)) this.createSection(toDigestId, section.name);
  }

  private count(digestId: number, sectionId: number | null): number {
    return (
      this.sql(
        'SELECT count(*) AS n FROM digest_items WHERE digest_id = ? AND section_id IS ?',
      ).get(digestId, sectionId) as {
        n: number;
      }
    ).n;
  }

  private orderedIds(digestId: number, sectionId: number | null): number[] {
    return (
      this.sql(
        'SELECT id FROM digest_items WHERE digest_id = ? AND section_id IS ? ORDER BY position, id',
      ).all(digestId, sectionId) as {
        id: number;
      }[]
    ).map((row) => row.id);
  }

  private renumber(digestId: number, sectionId: number | null): void {
    this.writeOrder(this.orderedIds(digestId, sectionId));
  }

  private writeOrder(ids: number[]): void {
    const update = this.sql('UPDATE digest_items SET position = ? WHERE id = ?');
    ids.forEach((id, index) => update.run(index, id));
  }
}

function toItem(row: ItemRow): DigestItem {
  return {
    id: row.id,
    storyId: row.story_id,
    sectionId: row.section_id,
    position: row.position,
    headline: row.headline_override ?? row.story_headline,
    storyHeadline: row.story_headline,
    headlineOverride: row.headline_override,
    summaryOverride: row.summary_override,
    showByline: row.show_byline === 1,
    showSource: row.show_source === 1,
    showImage: row.show_image === 1,
    showBody: row.show_body === 1,
    overridesRevision: row.overrides_revision,
    source: row.source,
    excerpt: row.excerpt.replace(/\s+/g, ' ').trim(),
    pubStatus: row.pub_status as PubStatus | null,
    embargoUntil: row.embargo_until,
    similarGroup: row.similar_group,
  };
}
