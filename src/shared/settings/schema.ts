import { z } from 'zod';
import { SessionLocation } from '../session/location';
import { HealthSettings } from '../health/settings';

/**
 * Every setting: its type, its rules and its default, in one place. Main stores each value as
 * JSON under its key, checks a stored value against this on every read (an invalid one falls
 * back to the default) and `settings:get` returns the whole object. A new setting is a new key
 * here with a `.default()`; numbers, booleans and nested objects are stored as they are.
 */
export const Settings = z.object({
  /** Who is acting: recorded on audit entries, licenses and checklist changes. */
  csmName: z.string().trim().max(100, 'Keep your name under 100 characters').default(''),
  /** Where the app last stood (stored as JSON; read and written through session:getLocation / setLocation). */
  sessionLocation: SessionLocation.optional(),
  /** Health scoring: the model new checks use and each model's weights (read and written through health:settings / updateSettings). */
  health: HealthSettings,
});
export type Settings = z.output<typeof Settings>;
export type SettingKey = keyof Settings;

/** A change to some settings, checked by the same rules; keys left out keep their stored value. */
export const UpdateSettingsInput = z
  .object({
    csmName: Settings.shape.csmName.removeDefault().optional(),
  })
  .strict();
export type UpdateSettingsInput = z.output<typeof UpdateSettingsInput>;

/** What the Settings page shows about where the data lives. */
export const DataLocation = z.object({
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
});
export type DataLocation = z.output<typeof DataLocation>;

/** Whether the store opened. When it didn't, the page says why and that the file was left untouched. */
export const AppStatus = z.discriminatedUnion('state', [
  z.object({ state: z.literal('ready') }),
  z.object({ state: z.literal('unavailable'), reason: z.string(), databaseFile: z.string() }),
]);
export type AppStatus = z.output<typeof AppStatus>;

export const SampleDataInput = z
  .object({ accounts: z.number().int().min(1, 'Make at least one account').max(5000, 'At most 5,000 accounts at a time') })
  .strict();
export const SampleDataResult = z.object({ accounts: z.number().int(), contacts: z.number().int() });
