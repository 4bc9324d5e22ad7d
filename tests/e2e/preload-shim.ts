import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const INVOKE_BINDING = '__fieldbookTransport';
/** What the fixture calls in the page (`page.evaluate`) to deliver an event main emitted. */
export const DELIVER_EVENT = '__fieldbookDeliverEvent';

/**
 * The built preload (out/preload/index.js), wrapped so it runs in the page as Electron would run
 * it: CommonJS, with an `electron` module whose contextBridge puts `api` on window and whose
 * ipcRenderer.invoke crosses to Node through a Playwright binding; events main emits come back
 * through `window.${DELIVER_EVENT}(channel, payload)`, which the fixture calls and which hands
 * them to the listeners the preload registered with ipcRenderer.on, as Electron would (with an
 * event object first). Only the transport is fake.
 */
export function preloadInitScript(root: string): string {
  const preload = readFileSync(join(root, 'out/preload/index.js'), 'utf8');
  return `(() => {
  const transport = window.${INVOKE_BINDING};
  const listeners = new Map();
  // Like Electron's contextBridge: the page gets copies, with each function replaced by a proxy
  // (so the page never holds the preload's own closures) and every object frozen.
  const bridge = (value) => {
    if (typeof value === 'function') {
      return function () {
        return value.apply(undefined, arguments);
      };
    }
    if (value && typeof value === 'object') {
      const copy = Array.isArray(value) ? [] : {};
      for (const [k, v] of Object.entries(value)) copy[k] = bridge(v);
      return Object.freeze(copy);
    }
    return value;
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld(key, value) {
        Object.defineProperty(window, key, { value: bridge(value), writable: false, configurable: false });
      },
    },
    ipcRenderer: {
      invoke: (channel, input) => transport(channel, input === undefined ? null : { input }),
      on(channel, listener) {
        if (!listeners.has(channel)) listeners.set(channel, new Set());
        listeners.get(channel).add(listener);
      },
      removeListener(channel, listener) {
        listeners.get(channel)?.delete(listener);
      },
    },
  };
  Object.defineProperty(window, '${DELIVER_EVENT}', {
    value: (channel, payload) => {
      // Electron's IpcRendererEvent carries the sender (ipcRenderer itself): stand-in marked so a
      // test would notice if it leaked to the page.
      const ipcEvent = { sender: 'ipcRenderer-must-not-reach-the-page' };
      for (const listener of [...(listeners.get(channel) ?? [])]) listener(ipcEvent, payload);
    },
    enumerable: false,
  });
  const require = (name) => {
    if (name === 'electron') return electron;
    throw new Error('A sandboxed preload cannot require ' + name);
  };
  const module = { exports: {} };
  (function (require, module, exports) {
${preload}
  })(require, module, module.exports);
})();`;
}
