import { localIsoDate } from '../../shared/dates/iso-date';
import type { DomainHandlers } from '../ipc/handlers-type';
import { withHealthRefresh } from '../health/refresh';
import { accountsPage } from './repository';
import { archiveAccount, createAccount, getAccount, listAccountRows, restoreAccount, updateAccount } from './service';

export const accountHandlers: DomainHandlers<'accounts'> = {
  list: (ctx, input) => listAccountRows(ctx.store, input, localIsoDate(ctx.now())),
  page: (ctx, input) => accountsPage(ctx.store, input, localIsoDate(ctx.now())),
  get: (ctx, { id }) => getAccount(ctx.store, id),
  create: (ctx, fields) => {
    const account = createAccount(ctx.store, fields, ctx.now());
    return withHealthRefresh(ctx, account.id, account);
  },
  update: (ctx, { id, fields }) => withHealthRefresh(ctx, id, updateAccount(ctx.store, id, fields, ctx.now())),
  archive: (ctx, { id }) => archiveAccount(ctx.store, id, ctx.now()),
  restore: (ctx, { id }) => restoreAccount(ctx.store, id, ctx.now()),
};
