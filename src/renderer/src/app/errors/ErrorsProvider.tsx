import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { ErrorsContext, toErrorInfo, type ShownError } from './ErrorsContext';
import { AlertRegion } from './AlertRegion';

const MAX_SHOWN = 5;
let nextKey = 1;

export function ErrorsProvider({
  initial,
  children,
}: {
  initial?: unknown;
  children: ReactNode;
}): React.JSX.Element {
  const [errors, setErrors] = useState<ShownError[]>(() =>
    initial === undefined ? [] : [{ ...toErrorInfo(initial), key: nextKey++ }],
  );

  const report = useCallback((error: unknown) => {
    console.error(error);
    const info = toErrorInfo(error);
    setErrors((shown) => {
      // The same failure repeated (e.g. every autosave while offline) is shown once.
      if (shown.some((e) => e.code === info.code && e.message === info.message)) return shown;
      return [...shown, { ...info, key: nextKey++ }].slice(-MAX_SHOWN);
    });
  }, []);

  const dismiss = useCallback((key: number) => {
    setErrors((shown) => shown.filter((e) => e.key !== key));
  }, []);

  // A promise nobody awaited is still a failure the user should hear about, not a silent no-op.
  useEffect(() => {
    const onRejection = (event: PromiseRejectionEvent): void => {
      event.preventDefault();
      report(event.reason);
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => window.removeEventListener('unhandledrejection', onRejection);
  }, [report]);

  const [host, setAlertHost] = useState<HTMLElement | null>(null);

  const api = useMemo(() => ({ report, setAlertHost }), [report]);

  return (
    <ErrorsContext.Provider value={api}>
      {children}
      <AlertRegion errors={errors} onDismiss={dismiss} host={host} />
    </ErrorsContext.Provider>
  );
}
