import { describe, expect, it, vi } from 'vitest';
import { listEvents, listOperations } from '../../src/shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), removeListener: vi.fn(), send: vi.fn() },
}));
vi.mock('electron', () => electron);

await import('../../src/preload/index');
// What the preload did when it loaded (recorded before any per-test mock reset).
const exposeCalls = [...electron.contextBridge.exposeInMainWorld.mock.calls] as unknown as [string, Record<string, Record<string, unknown>>][];

describe('the preload', () => {
  const [key, api] = exposeCalls[0]!;

  it('exposes one object, window.api, and nothing else', () => {
    expect(exposeCalls).toHaveLength(1);
    expect(key).toBe('api');
  });

  it('has exactly one function per contract operation, grouped by domain, and on() for events', () => {
    const { on, ...domains } = api;
    expect(typeof on).toBe('function');
    const exposed = Object.entries(domains).flatMap(([domain, methods]) =>
      Object.entries(methods).map(([method, fn]) => {
        expect(typeof fn).toBe('function');
        return `${domain}.${method}`;
      }),
    );
    expect(exposed.sort()).toEqual(listOperations().map((o) => `${o.domain}.${o.method}`).sort());
  });

  it('forwards a call to its own channel only, never handing out ipcRenderer', async () => {
    const accounts = api.accounts as Record<string, (input?: unknown) => Promise<unknown>>;
    await accounts.list!({ query: 'acme' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('accounts:list', { query: 'acme' });
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
    expect(JSON.stringify(Object.keys(api))).not.toContain('ipcRenderer');
  });
});

type On = (name: string, listener: (payload: unknown) => void) => () => void;

describe('events from main, through the preload', () => {
  const on = (exposeCalls[0]![1] as unknown as { on: On }).on;
  const progress = { operationId: '6f1c2b1e-1d2a-4c3b-8a9f-0e1d2c3b4a59', done: 3, total: 10, phase: 'Writing the file' };

  it('subscribes each contract event by name on its declared channel', () => {
    for (const { name, decl } of listEvents()) {
      electron.ipcRenderer.on.mockClear();
      const off = on(name, () => {});
      expect(electron.ipcRenderer.on).toHaveBeenCalledWith(decl.channel, expect.any(Function));
      off();
    }
  });

  it('hands the listener the payload only, never Electron\'s event (whose sender is ipcRenderer)', () => {
    electron.ipcRenderer.on.mockClear();
    const received: unknown[][] = [];
    on('operationProgress', (...args: unknown[]) => received.push(args));
    const [, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, (event: unknown, payload: unknown) => void];
    forward({ sender: electron.ipcRenderer, senderId: 0 }, progress);
    expect(received).toEqual([[progress]]);
  });

  it('returns an unsubscribe that removes exactly the listener it added', () => {
    electron.ipcRenderer.on.mockClear();
    electron.ipcRenderer.removeListener.mockClear();
    const off = on('operationProgress', () => {});
    const [channel, forward] = electron.ipcRenderer.on.mock.calls[0] as unknown as [string, unknown];
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(channel, forward);
  });

  it('refuses a name the contract does not declare, including a raw channel name', () => {
    electron.ipcRenderer.on.mockClear();
    expect(() => on('operations:progress', () => {})).toThrow('Unknown event "operations:progress"');
    expect(() => on('constructor', () => {})).toThrow('Unknown event');
    expect(electron.ipcRenderer.on).not.toHaveBeenCalled();
  });
});
