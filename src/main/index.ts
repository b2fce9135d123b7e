/**
 * Electron lifecycle only: open the store, wire IPC to the shared handlers, create the window.
 * Everything else lives in code that also runs on plain Node (tests, CLI, browser mode).
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, session } from 'electron';
import { installMenu } from './electron/menu';
import { electronSqliteBinding } from './electron/native-binding';
import { registerAppScheme, serveRenderer } from './electron/app-protocol';
import { createMainWindow } from './electron/window';
import type { RequestName } from '../shared/api';
import { EVENT_CHANNEL, type Events } from '../shared/events';
import { showArrivalNotice } from './electron/notices';
import { createContext, type HandlerContext } from './handlers/context';
import { startIngestServices } from './ingest/services';
import {
  failureNotice,
  importOpenedFiles,
  isOpenableFile,
  OpenFilesQueue,
  wireFilesFromArgv,
} from './electron/open-files';
import { openOrRecover } from './electron/open-store';
import { openStore } from './store/db';
import { selectNativeBinding } from './store/native';
import { claimServing } from './store/serving-lock';
import { resolveDbPath } from './store/location';
import { registerIpc } from './transports/ipc';

app.setName('Edition');

/**
 * The requests after which the menu may read differently (the language, the recent editions):
 * installMenu itself rebuilds only when what it shows changed.
 */
function mayChangeMenu(name: RequestName): boolean {
  return (
    name === 'settings.set' ||
    name === 'backups.restore' ||
    name.startsWith('digests.') ||
    name.startsWith('samples.')
  );
}
registerAppScheme();
let mainWindow: BrowserWindow | null = null;

// "Open with Edition" (electron/open-files.ts): files wait in the queue until the store is open.
const openedFiles = new OpenFilesQueue({
  onError: (error) => console.error('[edition] importing opened files failed:', error),
});
// An unpacked run (`electron .`) has the app's path after the executable in argv.
const argvOptions = (cwd: string) => ({ cwd, leadingEntries: process.defaultApp ? 2 : 1 });

// One Edition per user: a second launch hands over to the first (which comes to the front)
// instead of opening the same database twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  // macOS names opened files in this event, before `ready` too when a file launched the app,
  // so it is listened to from the start.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    if (isOpenableFile(path)) openedFiles.add([path]);
  });
  // Windows and Linux start a second process with the files in its argv; it hands them here.
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openedFiles.add(wireFilesFromArgv(argv, argvOptions(workingDirectory)));
    // On macOS the window may have been closed while the app lives on.
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  openedFiles.add(wireFilesFromArgv(process.argv, argvOptions(process.cwd())));
  void start();
}

function dbFlag(): string | undefined {
  const index = process.argv.indexOf('--db');
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function start(): Promise<void> {
  await app.whenReady();
  serveRenderer(join(__dirname, '../renderer'));
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
  selectNativeBinding(binding);
  const db = openOrRecover(dbPath);
  if (!db) {
    app.exit(1);
    return;
  }
  const ctx = createContext(db);
  const release = claimServing(dbPath);
  app.on('will-quit', release);
  ctx.reopen = () => openStore(dbPath);
  const refreshMenu = () => installMenu(ctx, () => mainWindow);
  registerIpc(
    ctx,
    (event) => event.senderFrame?.parent === null && event.sender === mainWindow?.webContents,
    // The menu names the recent editions and speaks the chosen language.
    (name) => {
      if (mayChangeMenu(name)) refreshMenu();
    },
  );
  // On macOS the app outlives its window; a destroyed window must not make an import throw.
  ctx.emit = (name, payload) => {
    if (name === 'arrivals.notice')
      showArrivalNotice(ctx, payload as Events['arrivals.notice'], () => mainWindow);
    if (mainWindow && !mainWindow.isDestroyed())
      mainWindow.webContents.send(EVENT_CHANNEL, { name, payload });
  };
  refreshMenu();
  const services = await startIngestServices(ctx, (line) => console.warn(`[edition] ${line}`));
  app.on('before-quit', () => void services.stop());
  // Files the app was launched with are stored before the window first lists the stories.
  await openedFiles.start((paths) => openWireFiles(ctx, paths));
  mainWindow = createMainWindow(process.env.ELECTRON_RENDERER_URL);
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0)
      mainWindow = createMainWindow(process.env.ELECTRON_RENDERER_URL);
  });
}

/** Imports files the OS opened with Edition, warning about failures as File → Import does. */
async function openWireFiles(ctx: HandlerContext, paths: string[]): Promise<void> {
  const notice = failureNotice(await importOpenedFiles(ctx, paths));
  if (notice) void dialog.showMessageBox({ type: 'warning', ...notice });
  // On macOS a file can arrive while no window is open (the first one is opened by start()).
  if (mainWindow !== null && BrowserWindow.getAllWindows().length === 0)
    mainWindow = createMainWindow(process.env.ELECTRON_RENDERER_URL);
}

// Whatever web contents appear (the window, preview iframes' hosts), none may attach a
// <webview> (checklist items 11-12): Edition uses none, so any attempt is an attack.
app.on('web-contents-created', (_event, contents) => {
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
