import type { Migration } from './types';

/**
 * The sample edition's id, for stores where an earlier version loaded the sample: a new edition
 * never starts from it (handlers/digests.ts), and there it still did, copying its invented
 * sign-off, since only this version records the setting when it loads the sample. The sample is
 * known as loadSampleEdition knows it: by its manifest's date and title.
 */
export const sampleEditionId: Migration = {
  version: 16,
  name: 'sample-edition-id',
  up: `
    INSERT OR IGNORE INTO settings (key, value)
      SELECT 'sampleEditionId', CAST(min(id) AS TEXT) FROM digests
      WHERE date = '2026-03-14' AND title = 'Сутрешен бюлетин (примерно издание)'
      HAVING count(*) > 0;
  `,
};
