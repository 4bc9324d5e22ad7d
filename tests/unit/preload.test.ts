import { describe, expect, it, vi } from 'vitest';
import { listOperations } from '../../src/shared/ipc/contract';

const electron = vi.hoisted(() => ({
  contextBridge: { exposeInMainWorld: vi.fn() },
  ipcRenderer: { invoke: vi.fn(async () => ({ ok: true, value: null })), on: vi.fn(), send: vi.fn() },
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

  it('has exactly one function per contract operation, grouped by domain', () => {
    const exposed = Object.entries(api).flatMap(([domain, methods]) =>
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
