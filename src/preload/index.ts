import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { contract, events } from '../shared/ipc/contract';

/**
 * `window.api`: one method per contract operation, grouped by domain, each forwarding its one
 * argument to the operation's channel, and `on(name, listener)` for the contract's events. The
 * page gets these functions and nothing else: no `ipcRenderer`, no channel names it could choose.
 */
const calls = Object.fromEntries(
  Object.entries(contract).map(([domain, operations]) => [
    domain,
    Object.fromEntries(
      Object.entries(operations).map(([method, op]) => [method, (input?: unknown) => ipcRenderer.invoke(op.channel, input)]),
    ),
  ]),
);

const eventChannels = new Map<string, string>(Object.entries(events).map(([name, decl]) => [name, decl.channel]));

/**
 * Subscribes to one declared event. The listener gets the payload only: Electron's
 * IpcRendererEvent (which holds `sender`, i.e. ipcRenderer) never reaches the page.
 */
function on(name: string, listener: (payload: unknown) => void): () => void {
  const channel = eventChannels.get(name);
  if (channel === undefined) throw new Error(`Unknown event "${String(name)}".`);
  if (typeof listener !== 'function') throw new Error(`api.on("${name}") needs a listener function.`);
  const forward = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
  ipcRenderer.on(channel, forward);
  return () => {
    ipcRenderer.removeListener(channel, forward);
  };
}

contextBridge.exposeInMainWorld('api', { ...calls, on });
