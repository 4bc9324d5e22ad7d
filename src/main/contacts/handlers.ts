import type { DomainHandlers } from '../ipc/handlers-type';
import { withChampionWatch, withHealthRefresh } from '../health/refresh';
import { createContact, listContacts, removeContact, requireContact, updateContact } from './service';

export const contactHandlers: DomainHandlers<'contacts'> = {
  list: (ctx, { accountId }) => listContacts(ctx.store, accountId),
  create: (ctx, { accountId, fields }) => withHealthRefresh(ctx, accountId, createContact(ctx.store, accountId, fields, ctx.now())),
  update: (ctx, { id, fields }) => {
    const before = requireContact(ctx.store, id);
    const contact = updateContact(ctx.store, id, fields, ctx.now());
    return withChampionWatch(ctx, contact.accountId, before, contact, contact);
  },
  remove: (ctx, { id }) => removeContact(ctx.store, id),
};
