/**
 * The sandboxed preload: exposes `window.api` with one method per request, each on its own IPC
 * channel, and `window.events` to listen to pushes. The page never sees ipcRenderer itself
 * (Electron security checklist, item 20).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { REQUEST_NAMES, ipcChannel, type EditionApi } from '../shared/api';
import { EVENT_CHANNEL, type EventMessage } from '../shared/events';

const api = Object.fromEntries(
  REQUEST_NAMES.map((name) => [name, (req: unknown) => ipcRenderer.invoke(ipcChannel(name), req)]),
) as EditionApi;

const events = {
  /** Calls `listener` for every push; returns the function that stops listening. */
  listen(listener: (message: EventMessage) => void): () => void {
    const handler = (_event: IpcRendererEvent, message: EventMessage) => listener(message);
    ipcRenderer.on(EVENT_CHANNEL, handler);
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, handler);
  },
};

contextBridge.exposeInMainWorld('api', api);
contextBridge.exposeInMainWorld('events', events);
