import type Database from 'better-sqlite3';
import { statementCache } from './statements';
import { feedAddressKey } from '../../shared/feed-address';
import type { FailureReason, FeedSubscription } from '../../shared/model';

interface FeedRow {
  id: number;
  url: string;
  title: string | null;
  interval_minutes: number;
  etag: string | null;
  last_modified: string | null;
  last_checked_at: string | null;
  next_check_at: string;
  failures: number;
  last_error: string | null;
  last_error_reason: string | null;
  last_imported: number;
  item_scope: string | null;
}

export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

/** Where a subscription is polled, and what its items' bare guids are scoped by. */
export interface FeedAddress {
  /** The address its items are known by: the one it had before it first moved, else `url`. */
  itemScope: string | null;
}

export interface FeedOutcome {
  checkedAt: string;
  nextCheckAt: string;
  failures: number;
  error: string | null;
  errorReason: FailureReason | null;
  imported: number;
  validators?: FeedValidators;
  title?: string | null;
  /**
   * The address it moved to for good (a 301 or 308 on the way to this successful poll), and
   * the scope its items keep: the address they came from before it moved.
   */
  moved?: { url: string; itemScope: string };
}

export class FeedsRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  add(url: string, intervalMinutes: number, now: string): number {
    const { lastInsertRowid } = this.sql(
      'INSERT INTO feeds (url, interval_minutes, next_check_at, created_at) VALUES (?, ?, ?, ?)',
    ).run(url, intervalMinutes, now, now);
    return Number(lastInsertRowid);
  }

  remove(id: number): boolean {
    return this.sql('DELETE FROM feeds WHERE id = ?').run(id).changes > 0;
  }

  list(): FeedSubscription[] {
    return (this.sql('SELECT * FROM feeds ORDER BY id').all() as FeedRow[]).map(toSubscription);
  }

  get(id: number): (FeedSubscription & FeedValidators & FeedAddress) | null {
    const row = this.sql('SELECT * FROM feeds WHERE id = ?').get(id) as FeedRow | undefined;
    return row
      ? {
          ...toSubscription(row),
          etag: row.etag,
          lastModified: row.last_modified,
          itemScope: row.item_scope,
        }
      : null;
  }

  /** Every subscription's addresses: where it is polled now, and where it was before it moved. */
  addresses(): { id: number; url: string; itemScope: string | null }[] {
    return (
      this.sql('SELECT id, url, item_scope FROM feeds ORDER BY id').all() as {
        id: number;
        url: string;
        item_scope: string | null;
      }[]
    ).map((row) => ({ id: row.id, url: row.url, itemScope: row.item_scope }));
  }

  /**
   * The subscription that is this feed, however its address is written (see feedAddressKey),
   * by the address it has now or the one it had before it moved for good; `except` one.
   */
  subscriptionOf(url: string, except?: number): { id: number; url: string } | null {
    const key = feedAddressKey(url);
    const same = (address: string | null) =>
      address !== null && (key === null ? address === url : feedAddressKey(address) === key);
    return (
      this.addresses().find(
        (feed) => feed.id !== except && (same(feed.url) || same(feed.itemScope)),
      ) ?? null
    );
  }

  findByUrl(url: string): number | null {
    const row = this.sql('SELECT id FROM feeds WHERE url = ?').get(url) as
      { id: number } | undefined;
    return row?.id ?? null;
  }

  due(now: string): number[] {
    return (
      this.sql('SELECT id FROM feeds WHERE next_check_at <= ? ORDER BY next_check_at').all(now) as {
        id: number;
      }[]
    ).map((row) => row.id);
  }

  record(id: number, outcome: FeedOutcome): void {
    this.db.transaction(() => this.recordNow(id, outcome))();
  }

  private recordNow(id: number, outcome: FeedOutcome): void {
    const { moved } = outcome;
    // Another subscription already polls the new address: that one is the feed's there.
    if (moved && this.subscriptionOf(moved.url, id) === null)
      this.sql('UPDATE feeds SET url = ?, item_scope = coalesce(item_scope, ?) WHERE id = ?').run(
        moved.url,
        moved.itemScope,
        id,
      );
    this.sql(
      `UPDATE feeds SET last_checked_at = @checkedAt, next_check_at = @nextCheckAt,
           failures = @failures, last_error = @error, last_error_reason = @errorReason,
           last_imported = @imported,
           etag = CASE WHEN @hasValidators THEN @etag ELSE etag END,
           last_modified = CASE WHEN @hasValidators THEN @lastModified ELSE last_modified END,
           title = coalesce(@title, title)
         WHERE id = @id`,
    ).run({
      id,
      checkedAt: outcome.checkedAt,
      nextCheckAt: outcome.nextCheckAt,
      failures: outcome.failures,
      error: outcome.error,
      errorReason: outcome.errorReason && JSON.stringify(outcome.errorReason),
      imported: outcome.imported,
      hasValidators: outcome.validators ? 1 : 0,
      etag: outcome.validators?.etag ?? null,
      lastModified: outcome.validators?.lastModified ?? null,
      title: outcome.title ?? null,
    });
  }
}

function toSubscription(row: FeedRow): FeedSubscription {
  return {
    id: row.id,
    url: row.url,
    title: row.title,
    intervalMinutes: row.interval_minutes,
    lastCheckedAt: row.last_checked_at,
    nextCheckAt: row.next_check_at,
    failures: row.failures,
    lastError: row.last_error,
    lastErrorReason: row.last_error_reason
      ? (JSON.parse(row.last_error_reason) as FailureReason)
      : null,
    lastImported: row.last_imported,
  };
}
