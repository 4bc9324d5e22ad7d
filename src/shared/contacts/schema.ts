import { z } from 'zod';
import { IsoDate, IsoTimestamp } from '../dates/iso-date';
import { AccountId } from '../accounts/schema';

export const ContactId = z.uuid({ error: 'Not a valid contact id' });

const optionalText = (max: number, label: string) =>
  z.string().trim().max(max, `Keep the ${label} under ${max} characters`);

export const ContactFields = z
  .object({
    name: z.string({ error: 'Give the contact a name' }).trim().min(1, 'Give the contact a name').max(200, 'Keep the name under 200 characters'),
    title: optionalText(200, 'title'),
    role: optionalText(200, 'role'),
    email: z
      .string()
      .trim()
      .max(320, 'That email address is too long')
      .refine((v) => v === '' || z.email().safeParse(v).success, {
        message: 'Enter an email address like name@company.com',
      }),
    phone: z
      .string()
      .trim()
      .max(40, 'That phone number is too long')
      .refine((v) => v === '' || /^[+()\d][\d\s().\-/]*(?:\s*(?:x|ext\.?)\s*\d+)?$/i.test(v), {
        message: 'Use digits, spaces and + ( ) - only',
      }),
    salutation: optionalText(40, 'salutation'),
    isChampion: z.boolean(),
    isDecisionMaker: z.boolean(),
    isSponsor: z.boolean(),
    /** Signs off the spend (seed 003's stakeholder mapping). Optional so callers that predate it still pass. */
    isEconomicBuyer: z.boolean().default(false),
    /** The day the contact left the company; a contact who left is kept (it is a churn signal). */
    leftOn: IsoDate.nullable(),
  })
  .strict();
export type ContactFields = z.output<typeof ContactFields>;
export type ContactFieldsInput = z.input<typeof ContactFields>;

export const CreateContactInput = z.object({ accountId: AccountId, fields: ContactFields }).strict();
export const UpdateContactInput = z.object({ id: ContactId, fields: ContactFields }).strict();
export const ContactIdInput = z.object({ id: ContactId }).strict();
export const ListContactsInput = z.object({ accountId: AccountId }).strict();

export const Contact = ContactFields.extend({
  id: ContactId,
  accountId: AccountId,
  createdAt: IsoTimestamp,
  updatedAt: IsoTimestamp,
});
export type Contact = z.output<typeof Contact>;
