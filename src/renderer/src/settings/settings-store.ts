import { create } from 'zustand';
import { Settings, type UpdateSettingsInput } from '../../../shared/settings/schema';
import { api, call } from '../api/client';

interface SettingsState {
  settings: Settings;
  load: () => Promise<void>;
  save: (next: UpdateSettingsInput) => Promise<Settings>;
}

export const useSettings = create<SettingsState>((set) => ({
  // Every setting's default, until main answers.
  settings: Settings.parse({}),
  load: async () => set({ settings: await call(api().settings.get()) }),
  save: async (next) => {
    const settings = await call(api().settings.update(next));
    set({ settings });
    return settings;
  },
}));
