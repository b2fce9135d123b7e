import { app } from 'electron';
import type { HandlerContext } from '../handlers/context';

/**
 * What main itself says, in the two UI languages (main has no i18next): the menu, and the
 * desktop notification for arrivals. `{count}` is filled in by the caller.
 */
const EN = {
  file: 'File',
  importFiles: 'Import…',
  importFolder: 'Import Folder…',
  sample: 'Load the Sample Edition',
  sources: 'Sources…',
  backups: 'Backups…',
  settings: 'Settings…',
  edition: 'Edition',
  board: 'Edition Board',
  inbox: 'Inbox and Editor',
  recent: 'Recent Editions',
  noRecent: 'No editions yet',
  help: 'Help',
  palette: 'Command Palette…',
  shortcuts: 'Keyboard Shortcuts',
  importTitle: 'Import wire copy',
  urgentArrival: 'Urgent from the wire',
  oneArrival: '1 new story',
  arrivals: '{count} new stories',
};

const BG: MenuStrings = {
  file: 'Файл',
  importFiles: 'Внос…',
  importFolder: 'Внос на папка…',
  sample: 'Зареди примерното издание',
  sources: 'Източници…',
  backups: 'Резервни копия…',
  settings: 'Настройки…',
  edition: 'Издание',
  board: 'Табло на изданието',
  inbox: 'Входящи и редактор',
  recent: 'Последни издания',
  noRecent: 'Още няма издания',
  help: 'Помощ',
  palette: 'Палитра с команди…',
  shortcuts: 'Клавишни комбинации',
  importTitle: 'Внос на агенционни материали',
  urgentArrival: 'Спешно от агенциите',
  oneArrival: 'Нови материали: 1',
  arrivals: 'Нови материали: {count}',
};

export type MenuStrings = Record<keyof typeof EN, string>;

/** The chosen UI language, else the system's, as the window decides it. */
export function mainStrings(ctx: HandlerContext): MenuStrings {
  const chosen = ctx.settings.read<string | null>('language', null) ?? app.getLocale();
  return chosen.startsWith('bg') ? BG : EN;
}
