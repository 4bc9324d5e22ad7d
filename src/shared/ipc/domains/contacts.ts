import { z } from 'zod';
import { operation } from '../operation';
import { Contact, ContactIdInput, CreateContactInput, ListContactsInput, UpdateContactInput } from '../../contacts/schema';

export const contacts = {
  list: operation('contacts:list', ListContactsInput, z.array(Contact)),
  create: operation('contacts:create', CreateContactInput, Contact),
  update: operation('contacts:update', UpdateContactInput, Contact),
  remove: operation('contacts:remove', ContactIdInput, z.object({ id: z.string() })),
};
