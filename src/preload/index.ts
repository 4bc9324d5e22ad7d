import { contextBridge, ipcRenderer } from 'electron';
import { contract } from '../shared/ipc/contract';

/**
 * `window.api`: one method per contract operation, grouped by domain, each forwarding its one
 * argument to the operation's channel. The page gets these functions and nothing else: no
 * `ipcRenderer`, no channel names it could choose.
 */
const api = Object.fromEntries(
  Object.entries(contract).map(([domain, operations]) => [
    domain,
    Object.fromEntries(
      Object.entries(operations).map(([method, op]) => [method, (input?: unknown) => ipcRenderer.invoke(op.channel, input)]),
    ),
  ]),
);

contextBridge.exposeInMainWorld('api', api);
