import type { Store } from '../db/store';

/** Every stored setting: its key and its value as JSON text. */
export function listSettingRows(store: Store): { key: string; value: string }[] {
  return store.all(store.q.selectFrom('settings').select(['key', 'value']));
}

/** Stores one setting's value (JSON text), replacing what was there. */
export function putSetting(store: Store, key: string, json: string): void {
  store.run(
    store.q
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json })),
  );
}
