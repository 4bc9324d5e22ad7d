import type { Database } from 'better-sqlite3';
import { versionSortKey } from '../../shared/growth/version-key';

/** The SQL name of `versionSortKey`: `fieldbook_version_key(product_version)`. */
export const VERSION_KEY_FUNCTION = 'fieldbook_version_key';

/**
 * Functions the app's SQL calls, registered on every connection a store runs on. They live on
 * the connection, not in the file, so nothing stored (no view, index or trigger) may use them:
 * another program opening the file must still read it.
 */
export function registerSqlFunctions(sqlite: Database): void {
  sqlite.function(VERSION_KEY_FUNCTION, { deterministic: true }, (text: unknown) =>
    typeof text === 'string' ? versionSortKey(text) : null,
  );
}
