import type { Store } from '../db/store';

/** The name keys of the active accounts, which a sample account may not take. */
export function activeAccountNameKeys(store: Store): string[] {
  return store.all(store.q.selectFrom('accounts').select('name_key').where('archived_at', 'is', null)).map((r) => r.name_key);
}

/** Each account's product version, by account id. */
export function productVersionsById(store: Store): Map<string, string> {
  return new Map(store.all(store.q.selectFrom('accounts').select(['id', 'product_version'])).map((r) => [r.id, r.product_version]));
}
