import type { Settings } from '../../shared/settings/schema';
import type { Store } from '../db/store';

const DEFAULTS: Settings = { csmName: '' };

export function getSettings(store: Store): Settings {
  const rows = store.all(store.q.selectFrom('settings').selectAll());
  const stored = Object.fromEntries(rows.map((r) => [r.key, r.value]));
  return { csmName: stored.csmName ?? DEFAULTS.csmName };
}

export function updateSettings(store: Store, next: Settings): Settings {
  store.tx(() => {
    for (const [key, value] of Object.entries(next)) {
      store.run(
        store.q
          .insertInto('settings')
          .values({ key, value: String(value) })
          .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(value) })),
      );
    }
  });
  return getSettings(store);
}
