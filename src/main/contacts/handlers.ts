import type { DomainHandlers } from '../ipc/handlers-type';
import { withHealthRefresh } from '../health/refresh';
import { createContact, listContacts, removeContact, updateContact } from './service';

export const contactHandlers: DomainHandlers<'contacts'> = {
  list: (ctx, { accountId }) => listContacts(ctx.store, accountId),
  create: (ctx, { accountId, fields }) => withHealthRefresh(ctx, accountId, createContact(ctx.store, accountId, fields, ctx.now())),
  update: (ctx, { id, fields }) => {
    const contact = updateContact(ctx.store, id, fields, ctx.now());
    return withHealthRefresh(ctx, contact.accountId, contact);
  },
  remove: (ctx, { id }) => removeContact(ctx.store, id),
};
