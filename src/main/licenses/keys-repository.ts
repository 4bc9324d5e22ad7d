import type { SigningKeysTable } from '../db/schema';
import type { Store } from '../db/store';

/** Every column but the sealed private key, which only signing opens. */
const PUBLIC_COLUMNS = ['id', 'created_at', 'status', 'retired_at', 'public_key'] as const;

export type PublicKeyRow = Pick<SigningKeysTable, (typeof PUBLIC_COLUMNS)[number]>;

export function findActiveKey(store: Store): PublicKeyRow | undefined {
  return store.first(store.q.selectFrom('signing_keys').select(PUBLIC_COLUMNS).where('status', '=', 'active'));
}

/** The active key's sealed private key, if there is an active key. */
export function findActiveSealedKey(store: Store): Buffer | null | undefined {
  return store.first(store.q.selectFrom('signing_keys').select('sealed_private_key').where('status', '=', 'active'))?.sealed_private_key;
}

/** Every key ever made, newest first. */
export function listKeyRows(store: Store): PublicKeyRow[] {
  return store.all(store.q.selectFrom('signing_keys').select(PUBLIC_COLUMNS).orderBy('created_at', 'desc').orderBy('id'));
}

/** What signing with key `kid` needs: its sealed private key and whether it is still active. */
export function findSigningKey(store: Store, kid: string): Pick<SigningKeysTable, 'sealed_private_key' | 'status'> | undefined {
  return store.first(store.q.selectFrom('signing_keys').select(['sealed_private_key', 'status']).where('id', '=', kid));
}

/** The raw public keys of every key this book has made, by id (retired ones included). */
export function findPublicKey(store: Store, kid: string): Buffer | undefined {
  return store.first(store.q.selectFrom('signing_keys').select('public_key').where('id', '=', kid))?.public_key;
}

/** Retires a key and drops its sealed private key. */
export function retireKey(store: Store, id: string, at: string): void {
  store.run(
    store.q
      .updateTable('signing_keys')
      .set({ status: 'retired', retired_at: at, sealed_private_key: null })
      .where('id', '=', id),
  );
}

export function insertKey(store: Store, row: SigningKeysTable): void {
  store.run(store.q.insertInto('signing_keys').values(row));
}

/**
 * Runs a write that drops a sealed private key so its bytes leave the pages: with
 * `secure_delete` SQLite zeroes the space the old value freed instead of leaving it in the
 * page. The WAL still keeps the page as it was before the write until `truncateLog`.
 */
export function eraseFreedBytes<T>(store: Store, write: () => T): T {
  const before = store.sqlite.pragma('secure_delete', { simple: true }) as number;
  store.sqlite.pragma('secure_delete = ON');
  try {
    return write();
  } finally {
    store.sqlite.pragma(`secure_delete = ${before === 1 ? 'ON' : 'OFF'}`);
  }
}

/**
 * Copies the WAL into the database file and truncates it (`wal_checkpoint(TRUNCATE)`); true when
 * it did. A truncating checkpoint must wait for every reader of the file: with `wait: false` it
 * gives up at once (busy) instead of holding main's thread for the connection's busy timeout.
 * Inside a transaction nothing is checkpointed (false).
 */
export function truncateLog(store: Store, { wait }: { wait: boolean }): boolean {
  if (store.sqlite.inTransaction) return false;
  const timeout = store.sqlite.pragma('busy_timeout', { simple: true }) as number;
  if (!wait) store.sqlite.pragma('busy_timeout = 0');
  try {
    const [result] = store.sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number; checkpointed: number }[];
    return result?.busy === 0;
  } finally {
    if (!wait) store.sqlite.pragma(`busy_timeout = ${timeout}`);
  }
}
