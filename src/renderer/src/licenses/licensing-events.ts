import { create } from 'zustand';

/** Bumped after a key or license change, so cards showing the audit log read it again. */
export const useLicensingEvents = create<{ version: number; bump: () => void }>((set) => ({
  version: 0,
  bump: () => set((s) => ({ version: s.version + 1 })),
}));
