import { Settings, UpdateSettingsInput } from '../../shared/settings/schema';
import type { Store } from '../db/store';
import { AppError } from '../ipc/app-error';
import { listSettingRows, putSetting } from './repository';

type Warn = (message: string) => void;
const warnToConsole: Warn = (message) => console.warn(`[fieldbook] ${message}`);

/**
 * Every setting, typed by the Settings schema. A key never stored reads as its default; a
 * stored value that is not valid JSON or breaks the schema's rules (written by a damaged file
 * or an older rule) also reads as its default, and is reported through `warn`, so one bad row
 * never stops the app from starting.
 */
export function getSettings(store: Store, warn: Warn = warnToConsole): Settings {
  const stored = new Map(listSettingRows(store).map((r) => [r.key, r.value]));
  const values: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(Settings.shape)) {
    const json = stored.get(key);
    if (json === undefined) continue;
    let value: unknown;
    try {
      value = JSON.parse(json);
    } catch {
      warn(`The stored setting "${key}" is not valid JSON; using its default instead.`);
      continue;
    }
    const checked = schema.safeParse(value);
    if (checked.success) values[key] = checked.data;
    else warn(`The stored setting "${key}" is invalid (${checked.error.issues.map((i) => i.message).join('; ')}); using its default instead.`);
  }
  // Keys left out take their defaults from the schema.
  return Settings.parse(values);
}

/**
 * Stores the settings given (each as JSON of its typed value) and returns them all. Input is
 * checked here too, not only at the IPC door, so no caller can store a value a read would reject.
 */
export function updateSettings(store: Store, input: UpdateSettingsInput): Settings {
  const checked = UpdateSettingsInput.safeParse(input);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => ({ path: i.path.map((p) => (typeof p === 'number' ? p : String(p))), message: i.message }));
    throw new AppError('INVALID_INPUT', `These settings were not saved: ${issues.map((i) => `${i.path.join('.') || 'settings'}: ${i.message}`).join('; ')}.`, issues);
  }
  store.tx(() => {
    for (const [key, value] of Object.entries(checked.data)) {
      if (value !== undefined) putSetting(store, key, JSON.stringify(value));
    }
  });
  return getSettings(store);
}

/** The backup folder (from the OS folder dialog; '' for the default next to the data file). Not in `updateSettings`: the page never types a path. */
export function setBackupFolder(store: Store, folder: string): void {
  const checked = Settings.shape.backupFolder.safeParse(folder);
  if (!checked.success) throw new AppError('INVALID_INPUT', 'That folder path is too long to use for backups.');
  putSetting(store, 'backupFolder', JSON.stringify(checked.data));
}
