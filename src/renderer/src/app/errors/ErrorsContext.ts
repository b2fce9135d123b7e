import { createContext, useContext, type SetStateAction } from 'react';
import { AppError, type ErrorInfo } from '@shared/errors';

export interface ShownError extends ErrorInfo {
  key: number;
}

export interface ErrorsApi {
  /** Shows a failed request (or any thrown value) in the alert region; never rethrows. */
  report: (error: unknown) => void;
  /**
   * A modal dialog makes the rest of the window inert: while one is open it lends itself as the
   * alert region's home, so that errors stay visible and can be dismissed. Null gives it back.
   * Takes an updater too, so a dialog opened over another can hand the host back to that one.
   */
  setAlertHost: (host: SetStateAction<HTMLElement | null>) => void;
}

export const ErrorsContext = createContext<ErrorsApi>({
  report: (error) => console.error(error),
  setAlertHost: () => undefined,
});

export function useReportError(): ErrorsApi['report'] {
  return useContext(ErrorsContext).report;
}

export function useSetAlertHost(): ErrorsApi['setAlertHost'] {
  return useContext(ErrorsContext).setAlertHost;
}

/** AppErrors keep their code; anything else is a bug on our side and shown as `internal`. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof AppError) return error.toInfo();
  if (error instanceof Error) return { code: 'internal', message: error.message };
  return { code: 'internal', message: String(error) };
}

export function isNotFound(error: unknown): boolean {
  return error instanceof AppError && error.code === 'not_found';
}
