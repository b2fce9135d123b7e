import { useEffect, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Events } from '@shared/events';
import { listenToMain } from '@renderer/api/events';
import { matchesShortcut } from '@renderer/editor/utils/shortcuts';
import { isTextEntryTarget } from '@renderer/lib/textEntry';
import { CommandPalette } from './CommandPalette';
import { CommandsContext, createCommandRegistry, useCommand } from './CommandsContext';
import { ShortcutsDialog } from './ShortcutsDialog';
import { GLOBAL_SHORTCUTS } from './globalShortcuts';

/**
 * The command palette (Ctrl/⌘+K) and the shortcuts sheet (F1, or ? outside a text field): one
 * keyboard way to everything the buttons do. Components offer their actions with useCommand.
 */
export function CommandsProvider({ children }: { children: ReactNode }): React.JSX.Element {
  const registry = useMemo(() => createCommandRegistry(), []);
  const [open, setOpen] = useState<'palette' | 'shortcuts' | null>(null);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (matchesShortcut(event, GLOBAL_SHORTCUTS.palette)) {
        event.preventDefault();
        setOpen((current) => (current === 'palette' ? null : 'palette'));
      } else if (event.key === 'F1' || (event.key === '?' && !isTextEntryTarget(event.target))) {
        event.preventDefault();
        setOpen('shortcuts');
      }
    };
    // Capture: seen before the editor, which claims the keys typed into it.
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, []);

  // The desktop menu runs the same commands (Electron only; browser mode has no menu).
  useEffect(
    () =>
      listenToMain((message) => {
        if (message.name !== 'menu.command') return;
        const { id } = message.payload as Events['menu.command'];
        if (id === 'palette') setOpen('palette');
        else
          registry
            .list()
            .find((command) => command.id === id)
            ?.run();
      }),
    [registry],
  );

  return (
    <CommandsContext value={registry}>
      <ShortcutsCommand onShow={() => setOpen('shortcuts')} />
      {children}
      {open === 'palette' && <CommandPalette onClose={() => setOpen(null)} />}
      {open === 'shortcuts' && <ShortcutsDialog onClose={() => setOpen(null)} />}
    </CommandsContext>
  );
}

function ShortcutsCommand({ onShow }: { onShow: () => void }): null {
  const { t } = useTranslation();
  useCommand({
    id: 'help.shortcuts',
    label: t('commands.shortcuts'),
    group: t('commands.groups.help'),
    shortcut: 'F1',
    run: onShow,
  });
  return null;
}
