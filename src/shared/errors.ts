/**
 * Errors cross every door (IPC, HTTP, CLI) as plain data, because Electron's IPC does not carry
 * Error objects faithfully. The client side turns them back into a thrown AppError.
 */
export type ErrorCode =
  | 'invalid_request' // the payload failed validation; message names the field
  | 'unknown_request' // no handler of that name
  | 'not_found' // the story, digest or file does not exist
  | 'import_failed' // a file could not be read or parsed; message names the file
  | 'conflict' // the write lost a race (e.g. a stale revision)
  | 'blocked' // an export stopped by pre-send checks; retry with an override and a reason
  | 'store_error' // SQLite refused (read-only, from a newer version, unreadable)
  | 'store_corrupt' // the integrity check failed: the file was not changed; restore a backup
  | 'unreachable' // browser mode: Edition could not be reached (stopped, network gone)
  | 'unauthorized' // browser mode: the token was refused (Edition restarted with a new one)
  | 'internal'; // a bug: the message is logged, the app keeps running

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  /**
   * The request's fields that were refused, where main can name them all (`invalid_request`):
   * a form saving several fields at once drops these and sends the rest again.
   */
  fields?: string[];
  /** The refused values' full paths ("branding.logoUrl"), for a form to mark each field. */
  paths?: string[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fields?: string[];
  readonly paths?: string[];

  constructor(code: ErrorCode, message: string, fields?: string[], paths?: string[]) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    if (fields) this.fields = fields;
    if (paths) this.paths = paths;
  }

  toInfo(): ErrorInfo {
    return {
      code: this.code,
      message: this.message,
      ...(this.fields ? { fields: this.fields } : {}),
      ...(this.paths ? { paths: this.paths } : {}),
    };
  }
}

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail(
  code: ErrorCode,
  message: string,
  fields?: string[],
  paths?: string[],
): Result<never> {
  return { ok: false, error: new AppError(code, message, fields, paths).toInfo() };
}

/** Unwraps an answer on the client side: a failure becomes a thrown AppError. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  const { code, message, fields, paths } = result.error;
  throw new AppError(code, message, fields, paths);
}
