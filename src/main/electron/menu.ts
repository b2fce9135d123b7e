import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlerContext } from '../handlers/context';
import { EVENT_CHANNEL } from '../../shared/events';
import { mainStrings, type MenuStrings } from './menu-strings';
import { failureNotice, importOpenedFiles } from './open-files';

const RECENT_EDITIONS = 5;

/** What the installed menu shows (language and recent editions), to skip rebuilding it. */
let installedKey: string | null = null;

/**
 * The application menu: standard roles, plus the app's own commands. Those run in the window
 * (the renderer's command registry, as the palette does), so the menu, the buttons and the
 * palette do one thing one way. Rebuilt when the language or the editions may have changed.
 */
export function installMenu(ctx: HandlerContext, window: () => BrowserWindow | null): void {
  const text = mainStrings(ctx);
  const run = (id: string) => () => {
    const target = window();
    if (target && !target.isDestroyed()) {
      target.webContents.send(EVENT_CHANNEL, { name: 'menu.command', payload: { id } });
      target.focus();
    }
  };
  const recent = ctx.digests.list(RECENT_EDITIONS);
  // Rebuilt only when what it shows changed: digests.update also comes after every pause in
  // typing an edition's intro or subject.
  const key = JSON.stringify([
    text.file,
    recent.map((digest) => [digest.id, digest.date, digest.title]),
  ]);
  if (key === installedKey) return;
  installedKey = key;
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: text.file,
      submenu: [
        {
          label: text.importFiles,
          accelerator: 'CmdOrCtrl+O',
          click: () => void importFromDialog(ctx, text),
        },
        { label: text.importFolder, click: run('import.folder') },
        { label: text.sample, click: run('app.sample') },
        { type: 'separator' },
        { label: text.sources, click: run('open.sources') },
        { label: text.backups, click: run('open.backups') },
        { label: text.settings, accelerator: 'CmdOrCtrl+,', click: run('open.settings') },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    {
      label: text.edition,
      submenu: [
        { label: text.board, accelerator: 'CmdOrCtrl+E', click: run('go.board') },
        { label: text.inbox, accelerator: 'CmdOrCtrl+Shift+E', click: run('go.inbox') },
        { type: 'separator' },
        {
          label: text.recent,
          submenu:
            recent.length === 0
              ? [{ label: text.noRecent, enabled: false }]
              : recent.map((digest) => ({
                  label: `${digest.date} — ${digest.title}`,
                  click: run(`edition.${digest.id}`),
                })),
        },
      ],
    },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
    {
      role: 'help',
      label: text.help,
      submenu: [
        { label: text.palette, accelerator: 'CmdOrCtrl+Shift+K', click: run('palette') },
        { label: text.shortcuts, accelerator: 'F1', click: run('help.shortcuts') },
      ],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function importFromDialog(ctx: HandlerContext, text: MenuStrings): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const options = {
    title: text.importTitle,
    properties: ['openFile', 'openDirectory', 'multiSelections'] as (
      'openFile' | 'openDirectory' | 'multiSelections'
    )[],
  };
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  if (choice.canceled) return;
  // The same path as files the OS opens with Edition: sizes checked before reading, batches
  // parsed on the workers, one event for the window, one warning for what failed.
  const notice = failureNotice(await importOpenedFiles(ctx, await expand(choice.filePaths)));
  if (notice) void dialog.showMessageBox({ type: 'warning', ...notice });
}

async function expand(paths: string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    if ((await stat(path)).isDirectory()) {
      const entries = await readdir(path, { withFileTypes: true });
      files.push(
        ...(await expand(
          entries
            .filter((entry) => !entry.name.startsWith('.'))
            .map((entry) => join(path, entry.name)),
        )),
      );
    } else {
      files.push(path);
    }
  }
  return files;
}
