import { useCallback, useEffect, useState } from 'react';
import type { ErrorInfo } from '@shared/errors';
import { toErrorInfo, useReportError } from '@renderer/app/errors/ErrorsContext';

export type Remote<T> =
  | { kind: 'loading' }
  | { kind: 'ready'; value: T }
  /**
   * `unsupported`: the server does not know the request (an older main). The error as main sent
   * it, to be said in the interface's language (errorText) where it is shown.
   */
  | { kind: 'failed'; unsupported: boolean; error: ErrorInfo };

export function failureOf(error: unknown): { unsupported: boolean; error: ErrorInfo } {
  const info = toErrorInfo(error);
  return { unsupported: info.code === 'unknown_request', error: info };
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
