import { localIsoDate } from '../../shared/dates/iso-date';
import type { DomainHandlers } from '../ipc/handlers-type';
import { listAccounts } from './repository';
import { archiveAccount, createAccount, getAccount, restoreAccount, updateAccount } from './service';

export const accountHandlers: DomainHandlers<'accounts'> = {
  list: (ctx, input) => listAccounts(ctx.store, input, localIsoDate(ctx.now())),
  get: (ctx, { id }) => getAccount(ctx.store, id),
  create: (ctx, fields) => createAccount(ctx.store, fields, ctx.now()),
  update: (ctx, { id, fields }) => updateAccount(ctx.store, id, fields, ctx.now()),
  archive: (ctx, { id }) => archiveAccount(ctx.store, id, ctx.now()),
  restore: (ctx, { id }) => restoreAccount(ctx.store, id, ctx.now()),
};
