import { z } from 'zod';
import { operation } from '../operation';
import {
  Account,
  AccountIdInput,
  AccountRow,
  AccountsPage,
  AccountsPageInput,
  CreateAccountInput,
  ListAccountsInput,
  UpdateAccountInput,
} from '../../accounts/schema';

export const accounts = {
  list: operation('accounts:list', ListAccountsInput, z.array(AccountRow)),
  /** The rows of the accounts table the window shows, with the total: never the whole book per keystroke. */
  page: operation('accounts:page', AccountsPageInput, AccountsPage),
  get: operation('accounts:get', AccountIdInput, Account),
  create: operation('accounts:create', CreateAccountInput, Account),
  update: operation('accounts:update', UpdateAccountInput, Account),
  archive: operation('accounts:archive', AccountIdInput, Account),
  restore: operation('accounts:restore', AccountIdInput, Account),
};
