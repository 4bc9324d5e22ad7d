import type { EditingLocation, SessionLocation } from '../../shared/session/location';
import type { Store } from '../db/store';
import { getSettings } from '../settings/service';
import { putSetting } from '../settings/repository';
import { accountExists, liveChecklistItemOfAccount, liveNoteOfAccount, themeExists } from './repository';

/** Where the app last stood is the typed setting `sessionLocation` (JSON, checked on read). */
export function setSessionLocation(store: Store, location: SessionLocation): null {
  putSetting(store, 'sessionLocation', JSON.stringify(location));
  return null;
}

/**
 * Where the app last stood, checked against the book as it is now: an account that no longer
 * exists falls back to the accounts list, a note or item deleted since is not reopened, a theme
 * removed since leaves the feedback page without it. Null when nothing (readable) is stored: a
 * value the schema rejects reads as unset, so the app starts on the accounts list.
 */
export function getSessionLocation(store: Store): SessionLocation | null {
  const stored = getSettings(store, () => {}).sessionLocation;
  if (!stored) return null;
  switch (stored.page) {
    case 'account': {
      if (!accountExists(store, stored.accountId)) return { page: 'accounts' };
      const { editing, ...rest } = stored;
      return editing && stillEditable(store, stored.accountId, editing) ? { ...rest, editing } : rest;
    }
    case 'feedback':
      if (!stored.themeId) return stored;
      return themeExists(store, stored.themeId) ? stored : { page: 'feedback' };
    default:
      return stored;
  }
}

function stillEditable(store: Store, accountId: string, editing: EditingLocation): boolean {
  return editing.kind === 'checkin-note'
    ? liveNoteOfAccount(store, accountId, editing.id)
    : liveChecklistItemOfAccount(store, accountId, editing.id);
}
