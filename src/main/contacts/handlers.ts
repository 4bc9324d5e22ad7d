import type { DomainHandlers } from '../ipc/handlers-type';
import { createContact, listContacts, removeContact, updateContact } from './service';

export const contactHandlers: DomainHandlers<'contacts'> = {
  list: (ctx, { accountId }) => listContacts(ctx.store, accountId),
  create: (ctx, { accountId, fields }) => createContact(ctx.store, accountId, fields, ctx.now()),
  update: (ctx, { id, fields }) => updateContact(ctx.store, id, fields, ctx.now()),
  remove: (ctx, { id }) => removeContact(ctx.store, id),
};
