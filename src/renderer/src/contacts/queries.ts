import { useApiQuery } from '../api/use-api';

/** An account's contacts. */
export function useContacts(accountId: string) {
  return useApiQuery('contacts.list', { accountId });
}
