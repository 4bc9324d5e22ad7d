import type { DomainHandlers } from '../ipc/handlers-type';
import { archiveAccount, createAccount, getAccount, listAccountRows, restoreAccount, updateAccount } from './service';

export const accountHandlers: DomainHandlers<'accounts'> = {
  list: (ctx, input) => listAccountRows(ctx.store, input),
  get: (ctx, { id }) => getAccount(ctx.store, id),
  create: (ctx, fields) => createAccount(ctx.store, fields, ctx.now()),
  update: (ctx, { id, fields }) => updateAccount(ctx.store, id, fields, ctx.now()),
  archive: (ctx, { id }) => archiveAccount(ctx.store, id, ctx.now()),
  restore: (ctx, { id }) => restoreAccount(ctx.store, id, ctx.now()),
};
