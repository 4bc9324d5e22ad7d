import { create } from 'zustand';
import type { Settings } from '../../../shared/settings/schema';
import { api, call } from '../api/client';

interface SettingsState {
  settings: Settings;
  load: () => Promise<void>;
  save: (next: Settings) => Promise<Settings>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: { csmName: '' },
  load: async () => set({ settings: await call(api().settings.get()) }),
  save: async (next) => {
    const settings = await call(api().settings.update(next));
    set({ settings });
    return settings;
  },
}));
