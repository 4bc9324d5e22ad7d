import type { Account } from '../../shared/accounts/schema';
import type { Contact } from '../../shared/contacts/schema';
import { toAccount } from '../accounts/repository';
import { listAccountContacts } from '../contacts/repository';
import type { Store } from '../db/store';

/** Every active account, for matching an import's names against (archived ones don't collide). */
export function activeAccounts(store: Store): Account[] {
  return store.all(store.q.selectFrom('accounts').selectAll().where('archived_at', 'is', null)).map(toAccount);
}

export function accountContacts(store: Store, accountId: string): Contact[] {
  return listAccountContacts(store, accountId);
}
