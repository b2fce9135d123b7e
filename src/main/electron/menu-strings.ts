/** The menu's words in the two UI languages (main has no i18next; the menu is all it says). */
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
};

export type MenuStrings = Record<keyof typeof EN, string>;

export const MENU_STRINGS: Record<'en' | 'bg', MenuStrings> = { en: EN, bg: BG };
