import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../src/main/db/migrate';
import { MIGRATIONS } from '../../src/main/db/migrations';
import { schemaText } from '../support/schema-snapshot';

const SNAPSHOT = join(__dirname, 'snapshots', 'schema.sql');

describe('the schema the migrations build', () => {
  it('is exactly the committed snapshot (a shipped migration never changes what it creates)', () => {
    const db = new BetterSqlite3(':memory:');
    migrate(db, MIGRATIONS);
    const text = `-- Schema after migration ${schemaVersion(db)}. A new migration updates this file on purpose:\n-- FIELDBOOK_UPDATE_SCHEMA_SNAPSHOT=1 npx vitest run tests/unit/schema-snapshot.test.ts\n\n${schemaText(db)}`;
    db.close();
    if (process.env.FIELDBOOK_UPDATE_SCHEMA_SNAPSHOT === '1') {
      writeFileSync(SNAPSHOT, text);
      console.log(`Wrote ${SNAPSHOT}`);
    }
    expect(text).toBe(readFileSync(SNAPSHOT, 'utf8'));
  });
});
