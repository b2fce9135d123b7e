/// <reference types="electron-vite/node" />
import { BrowserWindow, shell } from 'electron';
import { join } from 'node:path';
import icon from '../../../resources/build/icon.png?asset';
import { APP_ENTRY } from './app-protocol';
import { enableSpellcheck } from './spellcheck';

/**
 * The one window. Isolation as Electron's security checklist asks: context isolation, sandbox,
 * no Node in the page, web security on, no navigation away and no new windows (links to the
 * web open in the user's browser instead).
 */
export function createMainWindow(rendererUrl: string | undefined): BrowserWindow {
  const window = new BrowserWindow({
    width: 1440,
    height: 900,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Edition',
    // Windows and macOS show the executable's or bundle's icon; on Linux a window has none
    // unless given one (window managers that match it to the .desktop entry do not need it).
    ...(process.platform === 'linux' ? { icon } : {}),
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  window.once('ready-to-show', () => window.show());
  enableSpellcheck(window);
  window.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:/.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  window.webContents.on('will-navigate', (event, url) => {
    if (url !== window.webContents.getURL()) event.preventDefault();
  });
  if (rendererUrl) void window.loadURL(rendererUrl);
  else void window.loadURL(APP_ENTRY);
  return window;
}
