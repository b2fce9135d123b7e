/**
 * The sandboxed preload: exposes `window.api` with one method per request, each on its own IPC
 * channel. The page never sees ipcRenderer itself (Electron security checklist, item 20).
 */
import { contextBridge, ipcRenderer } from 'electron';
import { REQUEST_NAMES, ipcChannel, type EditionApi } from '../shared/api';

const api = Object.fromEntries(
  REQUEST_NAMES.map((name) => [name, (req: unknown) => ipcRenderer.invoke(ipcChannel(name), req)]),
) as EditionApi;

contextBridge.exposeInMainWorld('api', api);
