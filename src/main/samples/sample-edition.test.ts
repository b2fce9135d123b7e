import { describe, expect, it } from 'vitest';
import { call, memoryContext } from '../test/helpers';
import { loadSampleEdition } from './sample-edition';
import { migrate } from '../store/migrate';
import { MIGRATIONS } from '../store/migrations';

describe('the sample edition', () => {
  it('imports every sample file and arranges a full edition of its 24 hours', async () => {
    const ctx = memoryContext();
    const { digest, report } = await loadSampleEdition(ctx);
    expect(report.failed).toEqual([]);
    expect(report.imported).toHaveLength(10);
    expect(new Set(report.imported.map((entry) => entry.format)).size).toBeGreaterThanOrEqual(6);
    expect(digest.sections.map((section) => section.name)).toEqual([
      'България',
      'Свят',
      'Икономика',
      'Култура и спорт',
    ]);
    expect(digest.items).toHaveLength(10);
    expect(digest.introText).toContain('Парламентът прие бюджета');
    // Every story of the sample lies in the edition's own window, as a real morning's would.
    const window = await call(ctx, 'digests.window', { id: digest.id });
    expect(window).toHaveLength(10);
    expect(window.every((story) => story.used)).toBe(true);
    const checks = await call(ctx, 'digests.check', { id: digest.id });
    expect(checks.filter((finding) => finding.severity === 'error')).toEqual([]);
  });

  it('loads again without duplicating stories or the edition', async () => {
    const ctx = memoryContext();
    const first = await loadSampleEdition(ctx);
    const second = await loadSampleEdition(ctx);
    expect(second.digest.id).toBe(first.digest.id);
    expect(second.report.imported).toEqual([]);
    expect(second.report.duplicates).toHaveLength(10);
    expect(await call(ctx, 'digests.list', {})).toHaveLength(1);
  });

  it("is never where a new edition starts from: the newsroom's own defaults are", async () => {
    const ctx = memoryContext();
    await loadSampleEdition(ctx);
    const created = await call(ctx, 'digests.create', { date: '2026-11-28' });
    expect(created.signoff).toBeNull();
    // Once the newsroom has an edition of its own, the next starts from that one.
    await call(ctx, 'digests.update', { id: created.id, signoff: 'Екипът на „24 часа“' });
    const next = await call(ctx, 'digests.create', { date: '2026-11-29' });
    expect(next.signoff).toBe('Екипът на „24 часа“');
  });

  it('is known as the sample in a store where an earlier version loaded it', async () => {
    const ctx = memoryContext();
    await loadSampleEdition(ctx);
    // As an earlier version left it: the sample loaded, no setting naming it.
    ctx.db.prepare("DELETE FROM settings WHERE key = 'sampleEditionId'").run();
    // Migration 16 runs as it did on such a store (those after it changed what is already here).
    ctx.db.pragma('user_version = 15');
    migrate(
      ctx.db,
      MIGRATIONS.filter((migration) => migration.version <= 16),
    );
    const created = await call(ctx, 'digests.create', { date: '2026-11-28' });
    expect(created.signoff).toBeNull();
  });
});
