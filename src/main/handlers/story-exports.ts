import { z } from 'zod';
import { claimReviews } from '../export/claim-review';
import { storyToNitf } from '../export/nitf';
import { id } from './schemas';
import { requireStory } from './stories';
import type { Routes } from './types';

export const storyExportRoutes: Routes<'stories.export'> = {
  'stories.export': {
    schema: z.object({ id, format: z.enum(['nitf', 'claimreview']) }),
    handle: (req, ctx) => {
      const story = requireStory(ctx, req.id);
      const annotations = ctx.annotations.listForStory(story.id);
      if (req.format === 'nitf') {
        return {
          format: 'nitf',
          fileName: `story-${story.id}.nitf.xml`,
          mimeType: 'application/xml;charset=utf-8',
          content: storyToNitf(story, annotations, Date.parse(ctx.now())),
        };
      }
      const publisher = ctx.settings.read<string | null>('publisherName', null);
      return {
        format: 'claimreview',
        fileName: `story-${story.id}.claimreview.json`,
        mimeType: 'application/ld+json;charset=utf-8',
        content: `${JSON.stringify(claimReviews(story, annotations, publisher), null, 2)}\n`,
      };
    },
  },
};
