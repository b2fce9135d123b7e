const STORAGE_KEY = 'edition.token';

/**
 * Browser mode prints a URL with `?token=…`. Keep the token for this tab and remove it from the
 * address bar, so that it does not end up in screenshots, history or a shared link.
 */
export function browserModeToken(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(STORAGE_KEY);
}
