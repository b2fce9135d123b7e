import type { z } from 'zod';
import { isRequestName, type RequestName, type RequestOf, type ResponseOf } from '../../shared/api';
import { AppError, fail, ok, unwrap, type Result } from '../../shared/errors';
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
  if (!parsed.success)
    return fail(
      'invalid_request',
      describeIssues(name, parsed.error),
      issueFields(parsed.error),
      issuePaths(parsed.error),
    );
  try {
    return ok(await route.handle(parsed.data, ctx));
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: error.toInfo() };
    console.error(`[edition] ${name} failed:`, error);
    return fail('internal', `${name} failed: ${(error as Error).message}`);
  }
}

/**
 * A typed request in-process, answered with its response or thrown as its AppError: for
 * callers in the same process (the CLI, the sample edition, tests and the stress children).
 */
export async function callHandler<K extends RequestName>(
  ctx: HandlerContext,
  name: K,
  req: RequestOf<K>,
): Promise<ResponseOf<K>> {
  return unwrap(await dispatch(ctx, name, req)) as ResponseOf<K>;
}

/** The top-level fields the issues are about, or none unless every issue names one. */
function issueFields(error: z.ZodError): string[] | undefined {
  const fields = error.issues.map((issue) => issue.path[0]);
  if (fields.some((field) => typeof field !== 'string')) return undefined;
  return [...new Set(fields as string[])];
}

/** Every refused value's full path, dotted. */
function issuePaths(error: z.ZodError): string[] {
  return [...new Set(error.issues.map((issue) => issue.path.join('.')).filter(Boolean))];
}

function describeIssues(name: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : 'payload';
    return `${field}: ${issue.message}`;
  });
  return `Invalid ${name} request — ${issues.join('; ')}`;
}
