import { useEffect, useState } from 'react';
import type { Story } from '@shared/model';
import { call } from '@renderer/api/client';
import { isNotFound, useReportError } from '@renderer/app/errors/ErrorsContext';
import { whenSaved } from './storySaver';

export type StoryLoad =
  { kind: 'loading' } | { kind: 'missing' } | { kind: 'failed' } | { kind: 'ready'; story: Story };

type Loaded = { id: number; load: StoryLoad };

/** `reload` asks for the story again (it changed elsewhere); the old one shows until it arrives. */
export function useStory(id: number, reload = 0): StoryLoad {
  const reportError = useReportError();
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  useEffect(() => {
    let current = true;
    // A save of this story may still be travelling (it was just closed): load what it wrote.
    whenSaved(id)
      .then(() => call('stories.get', { id }))
      .then(
        (story) => {
          if (current) setLoaded({ id, load: { kind: 'ready', story } });
        },
        (error: unknown) => {
          if (!current) return;
          if (isNotFound(error)) {
            setLoaded({ id, load: { kind: 'missing' } });
          } else {
            reportError(error);
            setLoaded({ id, load: { kind: 'failed' } });
          }
        },
      );
    return () => {
      current = false;
    };
  }, [id, reload, reportError]);

  return loaded && loaded.id === id ? loaded.load : { kind: 'loading' };
}
