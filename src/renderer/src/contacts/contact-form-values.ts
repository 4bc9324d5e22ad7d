import type { Contact, ContactFieldsInput } from '../../../shared/contacts/schema';

export const emptyContact = (): ContactFieldsInput => ({
  name: '',
  title: '',
  role: '',
  email: '',
  phone: '',
  salutation: '',
  isChampion: false,
  isDecisionMaker: false,
  isSponsor: false,
  isEconomicBuyer: false,
  leftOn: null,
});

export const contactToForm = ({ id: _id, accountId: _a, createdAt: _c, updatedAt: _u, ...fields }: Contact): ContactFieldsInput => fields;
