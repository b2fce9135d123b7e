import { useCallback, useState } from 'react';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';
import { navigate } from '@renderer/app/routing/route';
import { refocusIfDropped } from '@renderer/lib/refocusIfDropped';
import { boardFirstControl } from '@renderer/features/edition/focus';
import { useDigests } from '@renderer/features/digest/DigestContext';

export interface SampleEditionLoader {
  /** Imports the sample stories and opens the edition made of them on the board. */
  load: () => void;
  loading: boolean;
}

/** Loading the sample edition, shared by the first-run button and the palette's command. */
export function useLoadSampleEdition(): SampleEditionLoader {
  const reportError = useReportError();
  const { apply } = useDigests();
  const [loading, setLoading] = useState(false);

  const load = useCallback((): void => {
    const leaving = document.activeElement;
    setLoading(true);
    call('samples.loadEdition', {})
      .then(({ digest }) => {
        apply(digest);
        navigate({ digestId: digest.id, view: 'board' });
        refocusIfDropped(boardFirstControl, leaving);
      })
      .catch(reportError)
      .finally(() => setLoading(false));
  }, [apply, reportError]);

  return { load, loading };
}
