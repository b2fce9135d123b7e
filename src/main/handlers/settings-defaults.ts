import { DEFAULT_PUBLICATION, type Branding, type EditionDefaults } from '../../shared/model';
import type { HandlerContext } from './context';

/** A week of daily backups: enough to go back past a bad Monday, small enough to forget. */
export const DEFAULT_BACKUP_KEEP = 7;

export const DEFAULT_BRANDING: Branding = {
  publication: DEFAULT_PUBLICATION,
  accent: '#b3261e',
  logoUrl: null,
  siteUrl: null,
  senderAddress: null,
  unsubscribeUrl: null,
};

/** A Sofia morning edition; sections come from the previous edition or the editor's settings. */
export const DEFAULT_EDITION: EditionDefaults = {
  timezone: 'Europe/Sofia',
  closeTime: '07:00',
  language: 'bg',
  sections: [],
};

/** How many automatic backups to keep. */
export function readBackupKeep(ctx: HandlerContext): number {
  return ctx.settings.read<number>('backupKeep', DEFAULT_BACKUP_KEEP);
}

export function readBranding(ctx: HandlerContext): Branding {
  return { ...DEFAULT_BRANDING, ...ctx.settings.read<Partial<Branding>>('branding', {}) };
}

/** Older stores may also hold a default title or sign-off under the same key; kept readable. */
export function readEditionDefaults(
  ctx: HandlerContext,
): EditionDefaults & { title?: string; signoff?: string | null } {
  return {
    ...DEFAULT_EDITION,
    ...ctx.settings.read<Partial<EditionDefaults & { title: string; signoff: string | null }>>(
      'editionDefaults',
      {},
    ),
  };
}

/** The settings key holding the sample edition's id: no new edition starts from it. */
export const SAMPLE_EDITION_SETTING = 'sampleEditionId';
