import { BrowserWindow, ipcMain } from 'electron';
import type { Runtime } from '../runtime';

/** Registers every contract channel with `ipcMain`; the runtime checks the sender and the input. */
export function exposeRuntime(runtime: Runtime): () => void {
  for (const channel of runtime.channels) {
    ipcMain.handle(channel, (event, input: unknown) => runtime.invoke(channel, event.senderFrame?.url ?? null, input));
  }
  return () => runtime.channels.forEach((channel) => ipcMain.removeHandler(channel));
}

/** The runtime's event sink in Electron: every open window of the app gets the event. */
export function sendToWindows(channel: string, payload: unknown): void {
  for (const win of BrowserWindow.getAllWindows()) {
    if (!win.isDestroyed()) win.webContents.send(channel, payload);
  }
}
