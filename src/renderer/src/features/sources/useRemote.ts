import { useCallback, useEffect, useState } from 'react';
import { AppError } from '@shared/errors';
import { useReportError } from '@renderer/app/errors/ErrorsContext';

export type Remote<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; value: T }
  /** `unsupported`: the server does not know the request (an older main). */
  | { kind: 'failed'; unsupported: boolean; message: string };

export function failureOf(error: unknown): { unsupported: boolean; message: string } {
  if (error instanceof AppError)
    return { unsupported: error.code === 'unknown_request', message: error.message };
  return { unsupported: false, message: error instanceof Error ? error.message : String(error) };
}

/**
 * Loads something once (and again on `reload`); failures go to the alert region as well. `load`
 * must be stable (a module function or a memoised callback).
 */
export function useRemote<T>(load: () => Promise<T>): [Remote<T>, (value: T) => void, () => void] {
  const reportError = useReportError();
  const [state, setState] = useState<Remote<T>>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    load().then(
      (value) => {
        if (current) setState({ kind: 'ready', value });
      },
      (error: unknown) => {
        if (!current) return;
        reportError(error);
        setState({ kind: 'failed', ...failureOf(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt, reportError]);

  const set = useCallback((value: T) => setState({ kind: 'ready', value }), []);
  // The previous answer stays on screen until the new one arrives: no flicker, no jump.
  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return [state, set, reload];
}
