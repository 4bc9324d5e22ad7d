import type { Api } from '../../shared/ipc/contract';

declare global {
  interface Window {
    /** The typed IPC surface the preload exposes; see src/shared/ipc/contract.ts. */
    api: Api;
  }
}
