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
  /**
   * Where backups go; empty means `backups/` next to the data file. Set only through
   * backups:chooseFolder (an OS dialog), never typed by the page, so it is not in UpdateSettingsInput.
   */
  backupFolder: z.string().max(4096).default(''),
  /**
   * First-response times for SMB escalations above L1, in minutes. Seed 001 gives SMB only L1
   * (48 h); by default L2–L4 get the Mid-Market times (8 h, 4 h, 2 h), so a serious SMB escalation
   * is never promised less than a Mid-Market one.
   */
  smbEscalationResponseMinutes: z
    .object({
      L2: z.number().int().min(15, 'At least 15 minutes').max(7 * 24 * 60, 'At most a week'),
      L3: z.number().int().min(15, 'At least 15 minutes').max(7 * 24 * 60, 'At most a week'),
      L4: z.number().int().min(15, 'At least 15 minutes').max(7 * 24 * 60, 'At most a week'),
    })
    .strict()
    .default({ L2: 480, L3: 240, L4: 120 }),
});
export type Settings = z.output<typeof Settings>;
export type SettingKey = keyof Settings;

/** A change to some settings, checked by the same rules; keys left out keep their stored value. */
export const UpdateSettingsInput = z
  .object({
    csmName: Settings.shape.csmName.removeDefault().optional(),
    smbEscalationResponseMinutes: Settings.shape.smbEscalationResponseMinutes.removeDefault().optional(),
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
  z.object({
    state: z.literal('ready'),
    /** While the launch check of an existing book runs: reads answer, a change waits for its verdict. */
    checking: z.literal(true).optional(),
  }),
  z.object({
    state: z.literal('unavailable'),
    reason: z.string(),
    databaseFile: z.string(),
    /** What is wrong, for the recovery screen: not a database, damaged, another program's, from a newer Fieldbook. */
    problem: z.enum(['damaged', 'foreign', 'newer', 'unreadable']),
  }),
]);
export type AppStatus = z.output<typeof AppStatus>;

export const SampleDataInput = z
  .object({ accounts: z.number().int().min(1, 'Make at least one account').max(5000, 'At most 5,000 accounts at a time') })
  .strict();
export const SampleDataResult = z.object({ accounts: z.number().int(), contacts: z.number().int() });
