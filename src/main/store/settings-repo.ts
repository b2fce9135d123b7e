import type Database from 'better-sqlite3';
import { statementCache } from './statements';

/** Key/value settings; values are JSON so that each setting keeps its type. */
export class SettingsRepo {
  private readonly sql: (text: string) => Database.Statement;

  constructor(private readonly db: Database.Database) {
    this.sql = statementCache(db);
  }

  read<T>(key: string, fallback: T): T {
    const row = this.sql('SELECT value FROM settings WHERE key = ?').get(key) as
      { value: string } | undefined;
    return row ? (JSON.parse(row.value) as T) : fallback;
  }

  write(key: string, value: unknown): void {
    this.sql(
      'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
    ).run(key, JSON.stringify(value));
  }
}
