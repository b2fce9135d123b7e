import type { ImportItem } from './importItems';

export interface BatchLimits {
  /** Files per `stories.import` request: small, so that progress moves and cancel is quick. */
  maxFiles: number;
  /** Raw bytes per request (base64 adds a third on the wire). A larger file goes alone. */
  maxBytes: number;
  /** A file above this is not sent at all: the request would exceed the server's body limit. */
  maxFileBytes: number;
}

export const DEFAULT_LIMITS: BatchLimits = {
  maxFiles: 20,
  maxBytes: 4 * 1024 * 1024,
  maxFileBytes: 40 * 1024 * 1024,
};

/**
 * How many items from `start` go into the next request. Files are grouped up to the limits (at
 * least one, however large); pasted text travels by its own request, so it is always alone.
 */
export function nextBatchSize(
  items: readonly Pick<ImportItem, 'kind' | 'size'>[],
  start: number,
  limits: BatchLimits = DEFAULT_LIMITS,
): number {
  const first = items[start];
  if (!first) return 0;
  if (first.kind === 'text') return 1;
  let count = 0;
  let bytes = 0;
  for (let i = start; i < items.length; i += 1) {
    const item = items[i] as Pick<ImportItem, 'kind' | 'size'>;
    if (item.kind !== 'file' || count >= limits.maxFiles) break;
    if (count > 0 && bytes + item.size > limits.maxBytes) break;
    count += 1;
    bytes += item.size;
  }
  return count;
}

/** All the batches at once, for a plan or a test. */
export function planBatches<T extends Pick<ImportItem, 'kind' | 'size'>>(
  items: readonly T[],
  limits: BatchLimits = DEFAULT_LIMITS,
): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length;) {
    const size = nextBatchSize(items, start, limits);
    batches.push(items.slice(start, start + size));
    start += size;
  }
  return batches;
}
