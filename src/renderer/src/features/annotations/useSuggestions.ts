import { useCallback, useEffect, useRef, useState } from 'react';
import type { DetectedQuote } from '@shared/model';
import { call } from '@renderer/api/client';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

/**
 * Quote suggestions for the story, asked again after every save and whenever the annotations
 * change (an annotated quote stops being a suggestion). A server without quote detection
 * simply offers none.
 */
export function useSuggestions(
  storyId: number,
  version: string,
): {
  suggestions: DetectedQuote[] | null;
  drop: (quote: DetectedQuote) => void;
  /** Asks for the suggestions again (a dismissal taken back). */
  refresh: () => void;
} {
  const reportError = useReportError();
  const [suggestions, setSuggestions] = useState<DetectedQuote[] | null>(null);
  const [refreshes, setRefreshes] = useState(0);
  const asked = useRef(0);

  useEffect(() => {
    const ticket = ++asked.current;
    call('quotes.suggestions', { storyId }).then(
      (list) => {
        if (ticket === asked.current) setSuggestions((previous) => sameOrPrevious(previous, list));
      },
      (error: unknown) => {
        if (ticket !== asked.current) return;
        reportError(error);
        setSuggestions((previous) => sameOrPrevious(previous, []));
      },
    );
  }, [storyId, version, refreshes, reportError]);

  const drop = useCallback((quote: DetectedQuote) => {
    setSuggestions((list) => list?.filter((item) => item.text !== quote.text) ?? null);
  }, []);

  const refresh = useCallback(() => setRefreshes((count) => count + 1), []);

  return { suggestions, drop, refresh };
}

/**
 * The list a save brings back is usually the one shown: keeping it spares the panel (and every
 * reader of the annotations context) a render while the fact-checker types.
 */
function sameOrPrevious(previous: DetectedQuote[] | null, next: DetectedQuote[]): DetectedQuote[] {
  return previous && JSON.stringify(previous) === JSON.stringify(next) ? previous : next;
}
