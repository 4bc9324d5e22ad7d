import { Settings } from '../../shared/settings/schema';
import type { EditingLocation, SessionLocation } from '../../shared/session/location';
import type { Store } from '../db/store';

/** The settings key holding where the app last stood, as JSON. */
const KEY = 'sessionLocation';
const StoredLocation = Settings.shape.sessionLocation;

export function setSessionLocation(store: Store, location: SessionLocation): null {
  const value = JSON.stringify(location);
  store.run(
    store.q
      .insertInto('settings')
      .values({ key: KEY, value })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value })),
  );
  return null;
}

/**
 * Where the app last stood, checked against the book as it is now: an account that no longer
 * exists falls back to the accounts list, a note or item deleted since is not reopened, a theme
 * removed since leaves the feedback page without it. Null when nothing (readable) is stored.
 */
export function getSessionLocation(store: Store): SessionLocation | null {
  const row = store.first(store.q.selectFrom('settings').select('value').where('key', '=', KEY));
  if (!row) return null;
  let stored: SessionLocation | undefined;
  try {
    stored = StoredLocation.parse(JSON.parse(row.value));
  } catch {
    return null; // written by a version that stored it differently: start on the accounts list
  }
  if (!stored) return null;
  switch (stored.page) {
    case 'account': {
      const account = store.first(store.q.selectFrom('accounts').select('id').where('id', '=', stored.accountId));
      if (!account) return { page: 'accounts' };
      const { editing, ...rest } = stored;
      return editing && stillEditable(store, stored.accountId, editing) ? { ...rest, editing } : rest;
    }
    case 'feedback': {
      if (!stored.themeId) return stored;
      const theme = store.first(store.q.selectFrom('feedback_themes').select('id').where('id', '=', stored.themeId));
      return theme ? stored : { page: 'feedback' };
    }
    default:
      return stored;
  }
}

function stillEditable(store: Store, accountId: string, editing: EditingLocation): boolean {
  if (editing.kind === 'checkin-note') {
    const note = store.first(
      store.q.selectFrom('checkin_notes').select('id').where('id', '=', editing.id).where('account_id', '=', accountId).where('deleted_at', 'is', null),
    );
    return note !== undefined;
  }
  const item = store.first(
    store.q.selectFrom('checklist_items').select('id').where('id', '=', editing.id).where('account_id', '=', accountId).where('removed_at', 'is', null),
  );
  return item !== undefined;
}
