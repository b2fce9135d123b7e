/**
 * Which compiled better-sqlite3 addon this process loads. Node (CLI, tests, browser mode) uses
 * the package's own build; the desktop app sets the Electron build once at start-up, so every
 * connection — the store, and the read-only ones that verify and restore backups — agrees.
 */
let nativeBinding: string | undefined;

export function selectNativeBinding(path: string | undefined): void {
  nativeBinding = path;
}

export function nativeBindingOption(): { nativeBinding?: string } {
  return nativeBinding ? { nativeBinding } : {};
}
