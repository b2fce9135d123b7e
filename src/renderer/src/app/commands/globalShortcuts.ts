import type { Shortcut } from '@renderer/editor/utils/shortcuts';

/** Window-wide shortcuts (the editor's own are in editor/utils/shortcuts.ts). */
export const GLOBAL_SHORTCUTS = {
  palette: { code: 'KeyK', shift: true },
} as const satisfies Record<string, Shortcut>;
