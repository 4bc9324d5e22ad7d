/** Settings, one row per key, the value as JSON (see settings/service.ts). */
export interface SettingsTable {
  key: string;
  value: string;
}

/** The settings tables as kysely sees them. */
export interface SettingsTables {
  settings: SettingsTable;
}
