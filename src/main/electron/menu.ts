import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { HandlerContext } from '../handlers/context';
import type { ImportReport } from '../../shared/model';
import { ingestFile } from '../ingest/ingest-file';

/** The application menu: standard roles plus File → Import. */
export function installMenu(ctx: HandlerContext): void {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => void importFromDialog(ctx) },
        { type: 'separator' },
        process.platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

async function importFromDialog(ctx: HandlerContext): Promise<void> {
  const window = BrowserWindow.getFocusedWindow();
  const options = {
    title: 'Import wire copy',
    properties: ['openFile', 'openDirectory', 'multiSelections'] as (
      'openFile' | 'openDirectory' | 'multiSelections'
    )[],
  };
  const choice = window
    ? await dialog.showOpenDialog(window, options)
    : await dialog.showOpenDialog(options);
  if (choice.canceled) return;
  const report: ImportReport = { imported: [], updated: [], duplicates: [], failed: [] };
  for (const path of await expand(choice.filePaths)) {
    try {
      await ingestFile(ctx, path, await readFile(path), report);
    } catch (error) {
      report.failed.push({ file: path, error: (error as Error).message });
    }
  }
  ctx.emit('stories.changed', {
    reason: 'menu-import',
    imported: report.imported.length,
    updated: report.updated.length,
    failed: report.failed.length,
  });
  if (report.failed.length > 0) {
    void dialog.showMessageBox({
      type: 'warning',
      message: `${report.failed.length} file(s) could not be imported`,
      detail: report.failed.map((entry) => `${entry.file}: ${entry.error}`).join('\n'),
    });
  }
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
