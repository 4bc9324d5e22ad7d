import type { Database } from 'better-sqlite3';

/**
 * The schema a database has, as text: every object SQLite keeps SQL for (tables, indexes,
 * triggers, views, FTS shadow tables), ordered by type and name, whitespace runs folded to one
 * space so a re-indented migration compares equal while any change of meaning does not.
 */
export function schemaText(db: Database): string {
  const rows = db
    .prepare("SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY type, name")
    .all() as { type: string; name: string; sql: string }[];
  return rows.map((r) => `-- ${r.type} ${r.name}\n${r.sql.replace(/\s+/g, ' ').trim()};\n`).join('\n');
}
