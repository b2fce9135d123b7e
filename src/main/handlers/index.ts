import type { RequestName } from '../../shared/api';
import { annotationRoutes } from './annotations';
import { backupRoutes } from './backups';
import { digestItemRoutes } from './digest-items';
import { digestExportRoutes } from './digest-exports';
import { digestRoutes } from './digests';
import { feedRoutes } from './feeds';
import { watchRoutes } from './watch';
import { sampleRoutes } from './samples';
import { settingsRoutes } from './settings';
import { storyExportRoutes } from './story-exports';
import { storyRoutes } from './stories';
import type { Routes } from './types';

/** Every request's route; the type makes a missing handler a compile error. */
export const routes: Routes<RequestName> = {
  ...storyRoutes,
  ...annotationRoutes,
  ...storyExportRoutes,
  ...digestRoutes,
  ...digestItemRoutes,
  ...digestExportRoutes,
  ...feedRoutes,
  ...watchRoutes,
  ...settingsRoutes,
  ...backupRoutes,
  ...sampleRoutes,
};
