import { ipcMain } from 'electron';
import type { Runtime } from '../runtime';

/** Registers every contract channel with `ipcMain`; the runtime checks the sender and the input. */
export function exposeRuntime(runtime: Runtime): () => void {
  for (const channel of runtime.channels) {
    ipcMain.handle(channel, (event, input: unknown) => runtime.invoke(channel, event.senderFrame?.url ?? null, input));
  }
  return () => runtime.channels.forEach((channel) => ipcMain.removeHandler(channel));
}
