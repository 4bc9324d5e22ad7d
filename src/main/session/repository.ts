import type { Store } from '../db/store';

/** The checks that decide whether a remembered place still exists in the book. */

export function accountExists(store: Store, accountId: string): boolean {
  return store.first(store.q.selectFrom('accounts').select('id').where('id', '=', accountId)) !== undefined;
}

export function themeExists(store: Store, themeId: string): boolean {
  return store.first(store.q.selectFrom('feedback_themes').select('id').where('id', '=', themeId)) !== undefined;
}

export function liveNoteOfAccount(store: Store, accountId: string, noteId: string): boolean {
  const note = store.first(
    store.q.selectFrom('checkin_notes').select('id').where('id', '=', noteId).where('account_id', '=', accountId).where('deleted_at', 'is', null),
  );
  return note !== undefined;
}

export function liveChecklistItemOfAccount(store: Store, accountId: string, itemId: string): boolean {
  const item = store.first(
    store.q.selectFrom('checklist_items').select('id').where('id', '=', itemId).where('account_id', '=', accountId).where('removed_at', 'is', null),
  );
  return item !== undefined;
}
