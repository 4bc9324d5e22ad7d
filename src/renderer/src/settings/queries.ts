import { Settings } from '../../../shared/settings/schema';
import { useApiQuery } from '../api/use-api';

// The schema's defaults, so a new key never has to be listed here by hand.
const NO_SETTINGS: Settings = Settings.parse({});

/** The user's settings (empty until the first read answers). */
export function useSettings(): Settings {
  return useApiQuery('settings.get', undefined).data ?? NO_SETTINGS;
}
