import type { Migration } from '../migration';
import { accountsAndContacts } from './0001-accounts-contacts';
import { tasks } from './0002-tasks';
import { licenses } from './0003-licenses';

/** Every migration, in order. Append only; versions are 1, 2, 3… with no gaps. */
export const MIGRATIONS: readonly Migration[] = [accountsAndContacts, tasks, licenses];
