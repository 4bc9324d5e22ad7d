import { z } from 'zod';
import { operation } from '../operation';
import {
  Account,
  AccountIdInput,
  AccountRow,
  CreateAccountInput,
  ListAccountsInput,
  UpdateAccountInput,
} from '../../accounts/schema';

export const accounts = {
  list: operation('accounts:list', ListAccountsInput, z.array(AccountRow)),
  get: operation('accounts:get', AccountIdInput, Account),
  create: operation('accounts:create', CreateAccountInput, Account),
  update: operation('accounts:update', UpdateAccountInput, Account),
  archive: operation('accounts:archive', AccountIdInput, Account),
  restore: operation('accounts:restore', AccountIdInput, Account),
};
