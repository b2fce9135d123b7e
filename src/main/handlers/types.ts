import type { z } from 'zod';
import type { RequestName, RequestOf, ResponseOf } from '../../shared/api';
import type { HandlerContext } from './context';

export type Handler<K extends RequestName> = (
  req: RequestOf<K>,
  ctx: HandlerContext,
) => ResponseOf<K> | Promise<ResponseOf<K>>;

/** A handler together with the schema its payload must pass before it runs. */
export interface Route<K extends RequestName> {
  schema: z.ZodType<RequestOf<K>>;
  handle: Handler<K>;
}

export type Routes<K extends RequestName> = { [P in K]: Route<P> };
