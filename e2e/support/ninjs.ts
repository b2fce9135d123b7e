import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { UploadedFile } from '../../src/shared/api';

/**
 * A ninjs text story as an agency sends it, ready for `stories.import`. Used where a test or a
 * benchmark needs stories with a wire time (the edition's window is by wire time); keep it free
 * of test fixtures, the benchmarks use it too.
 */
export function ninjsUpload(story: {
  uri: string;
  headline: string;
  /** ISO time, e.g. 2026-03-14T05:00:00Z. */
  versioncreated: string;
  body: string;
  fileName: string;
  /** The agency, as ninjs 1.x names it (copyrightholder). */
  source?: string;
  /** Subjects by name: the wire's sections. */
  subjects?: string[];
}): UploadedFile {
  const json = JSON.stringify({
    uri: story.uri,
    version: '1',
    type: 'text',
    versioncreated: story.versioncreated,
    headline: story.headline,
    body_text: story.body,
    ...(story.source ? { copyrightholder: story.source } : {}),
    ...(story.subjects ? { subject: story.subjects.map((name) => ({ name })) } : {}),
  });
  return { name: story.fileName, dataBase64: Buffer.from(json).toString('base64') };
}

/**
 * Version `version` of one ninjs story, written to `folder` as an agency sends its updates (the
 * version's hour is its wire time); the file's path.
 */
export function writeNinjsVersion(
  folder: string,
  story: { uri: string; name: string; headline: string },
  version: number,
  body: string,
): string {
  const path = join(folder, `${story.name}-v${version}.json`);
  writeFileSync(
    path,
    JSON.stringify({
      uri: story.uri,
      version: String(version),
      type: 'text',
      versioncreated: `2026-03-14T0${version}:00:00Z`,
      headline: story.headline,
      body_text: body,
    }),
  );
  return path;
}
