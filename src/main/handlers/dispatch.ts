import type { z } from 'zod';
import { isRequestName, type RequestName, type ResponseOf } from '../../shared/api';
import { AppError, fail, ok, type Result } from '../../shared/errors';
import type { HandlerContext } from './context';
import { routes } from './index';
import type { Route } from './types';

/**
 * The one entry to the handlers for every door. Unknown names and invalid payloads are
 * answered, never thrown; an unexpected error is logged and answered as `internal`, so a bad
 * request can never take the app down.
 */
export async function dispatch(
  ctx: HandlerContext,
  name: string,
  payload: unknown,
): Promise<Result<ResponseOf<RequestName>>> {
  if (!isRequestName(name)) return fail('unknown_request', `There is no request named "${name}".`);
  const route = routes[name] as unknown as Route<RequestName>;
  const parsed = route.schema.safeParse(payload ?? {});
  if (!parsed.success) return fail('invalid_request', describeIssues(name, parsed.error));
  try {
    return ok(await route.handle(parsed.data, ctx));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() };
    console.error(`[edition] ${name} failed:`, error);
    return fail('internal', `${name} failed: ${(error as Error).message}`);
  }
}

function describeIssues(name: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : 'payload';
    return `${field}: ${issue.message}`;
  });
  return `Invalid ${name} request — ${issues.join('; ')}`;
}
