import type { Migration } from '../migration';

/**
 * Settings become typed: each value is stored as JSON of the type the Settings schema gives it
 * (a string, a number, a boolean, an object), so a number reads back as a number. Until now
 * every value was written with `String(value)`, and every setting was a string (only the CSM's
 * name existed), so each stored value becomes the JSON string of its text. The table is
 * rebuilt to refuse a value that is not JSON.
 */
export const typedSettings: Migration = {
  version: 9,
  name: 'typed settings stored as JSON',
  up: (db) => {
    db.exec(`
      CREATE TABLE settings_typed (
        key TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value))
      ) STRICT;
      INSERT INTO settings_typed (key, value) SELECT key, json_quote(value) FROM settings;
      DROP TABLE settings;
      ALTER TABLE settings_typed RENAME TO settings;
    `);
  },
};
