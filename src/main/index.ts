/**
 * Electron lifecycle only: open the store, wire IPC to the shared handlers, create the window.
 * Everything else lives in code that also runs on plain Node (tests, CLI, browser mode).
 */
import { app, BrowserWindow, dialog, session } from 'electron';
import { installMenu } from './electron/menu';
import { electronSqliteBinding } from './electron/native-binding';
import { createMainWindow } from './electron/window';
import { EVENT_CHANNEL } from '../shared/events';
import { createContext } from './handlers/context';
import { startIngestServices } from './ingest/services';
import { openOrRecover } from './electron/open-store';
import { openStore } from './store/db';
import { resolveDbPath } from './store/location';
import { registerIpc } from './transports/ipc';

app.setName('Edition');
let mainWindow: BrowserWindow | null = null;

// One Edition per user: a second launch hands over to the first (which comes to the front)
// instead of opening the same database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  void start();
}

function dbFlag(): string | undefined {
  const index = process.argv.indexOf('--db');
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  // Permission requests (camera, notifications, geolocation…) are denied unless Edition asks.
  session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) =>
    callback(false),
  );
  session.defaultSession.setPermissionCheckHandler(() => false);

  const binding = electronSqliteBinding(app.getAppPath(), process.versions.electron);
  if (!binding) {
    dialog.showErrorBox(
      'Edition cannot open its database',
      'better-sqlite3 has not been built for this Electron yet. Run "npm run prepare:electron" (it needs the internet once to fetch Electron\'s headers).',
    );
    app.exit(1);
    return;
  }
  const dbPath = resolveDbPath(dbFlag(), { ...process.env });
  const db = openOrRecover(dbPath, binding);
  if (!db) {
    app.exit(1);
    return;
  }
  const ctx = createContext(db);
  ctx.reopen = () => openStore(dbPath, { nativeBinding: binding });
  registerIpc(
    ctx,
    (event) => event.senderFrame?.parent === null && event.sender === mainWindow?.webContents,
  );
  ctx.emit = (name, payload) => mainWindow?.webContents.send(EVENT_CHANNEL, { name, payload });
  installMenu(ctx);
  const services = await startIngestServices(ctx, (line) => console.warn(`[edition] ${line}`));
  app.on('before-quit', () => void services.stop());
  mainWindow = createMainWindow(process.env.ELECTRON_RENDERER_URL);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0)
      mainWindow = createMainWindow(process.env.ELECTRON_RENDERER_URL);
  });
}

// Whatever web contents appear (the window, preview iframes' hosts), none may attach a
// <webview> (checklist items 11-12): Edition uses none, so any attempt is an attack.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
