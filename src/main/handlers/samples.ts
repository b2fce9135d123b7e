import { loadSampleEdition } from '../samples/sample-edition';
import { empty } from './schemas';
import type { Routes } from './types';

export const sampleRoutes: Routes<'samples.loadEdition'> = {
  'samples.loadEdition': {
    schema: empty,
    handle: (_req, ctx) => loadSampleEdition(ctx),
  },
};
