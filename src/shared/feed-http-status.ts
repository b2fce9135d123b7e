/**
 * The HTTP answers of a feed's server that an editor can act on (`feedHttp`'s `status`, such as
 * "404 Not Found"): a wrong address, a password to give or renew, a feed withdrawn, a server
 * asking to be checked less often. Other statuses are said as the server gave them.
 */
export type HttpStatusWhy = 'unauthorized' | 'forbidden' | 'notFound' | 'gone' | 'tooMany';

const WHY: Partial<Record<number, HttpStatusWhy>> = {
  401: 'unauthorized',
  403: 'forbidden',
  404: 'notFound',
  410: 'gone',
  429: 'tooMany',
};

export function httpStatusWhy(status: string | number | undefined): HttpStatusWhy | null {
  const code = Number.parseInt(String(status ?? ''), 10);
  return WHY[code] ?? null;
}
