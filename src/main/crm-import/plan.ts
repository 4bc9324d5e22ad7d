import type { Account, AccountFields } from '../../shared/accounts/schema';
import { CreateAccountInput } from '../../shared/accounts/schema';
import type { Contact, ContactFields } from '../../shared/contacts/schema';
import { mappingProblem } from '../../shared/crm-import/fields';
import { NEW_ACCOUNT_DEFAULTS, readRow, type ReadRow } from '../../shared/crm-import/rows';
import { MAX_LISTED_ERRORS, PREVIEW_ROWS, type CrmImportSettings, type CrmPreview, type RowAction } from '../../shared/crm-import/schema';
import { accountNameKey } from '../accounts/names';
import type { Store } from '../db/store';
import type { PendingCrmFile } from './pending';
import { accountContacts, activeAccounts } from './repository';

/** A contact the import adds or updates. */
export type PlannedContact = { action: 'add'; fields: ContactFields } | { action: 'update'; id: string; fields: ContactFields };

/** One account the import touches, with the contacts it brings. */
export type PlannedAccount =
  | { action: 'add'; fields: AccountFields; contacts: PlannedContact[] }
  | { action: 'update'; id: string; fields: AccountFields; contacts: PlannedContact[] };

export interface CrmPlan {
  preview: CrmPreview;
  accounts: PlannedAccount[];
  rowsSkipped: number;
}

/** Contacts match by email, or by name when there is no email (case and spacing ignored). */
const contactKey = (c: { name: string; email: string }) => (c.email ? `email:${c.email.toLowerCase()}` : `name:${accountNameKey(c.name)}`);

interface Group {
  action: 'add' | 'update' | 'skip' | 'keepBoth';
  existing: Account | null;
  fields: AccountFields;
  contacts: PlannedContact[];
  /** Contacts by key: the account's own (when it exists) and those this file adds. */
  known: Map<string, { id: string | null; planned: PlannedContact | null; fields: ContactFields }>;
}

/**
 * What importing the file with these settings would do, row by row: the preview shows it and
 * the import writes exactly it. Rows of the same account name make one account (its fields from
 * the first such row, each row's contact added to it). An account already in the book (same
 * name) or a contact already at the account (same email, else same name) is skipped, updated or
 * kept beside the existing one, as chosen once for all; "keep both" gives a new account the
 * next free "Name (2)".
 */
export function planImport(store: Store, file: PendingCrmFile, settings: Omit<CrmImportSettings, 'importId'>): CrmPlan {
  const preview: CrmPreview = {
    problem: mappingProblem(file.headers, settings.mapping),
    rows: file.rows.length,
    rowsWithErrors: 0,
    accountsNew: 0,
    accountsUpdated: 0,
    accountsSkipped: 0,
    contactsNew: 0,
    contactsUpdated: 0,
    contactsSkipped: 0,
    errors: [],
    sample: [],
  };
  if (preview.problem) return { preview, accounts: [], rowsSkipped: 0 };

  const existing = new Map(activeAccounts(store).map((a) => [accountNameKey(a.name), a]));
  const groups = new Map<string, Group>();
  const usedNames = new Set(existing.keys());
  const planned: PlannedAccount[] = [];
  let rowsSkipped = 0;

  file.rows.forEach((cells, index) => {
    const rowNumber = index + 2;
    const parseError = file.parseErrors.get(rowNumber);
    const read: ReadRow = parseError
      ? { row: rowNumber, account: null, contact: null, errors: [parseError[0]!.toUpperCase() + parseError.slice(1)] }
      : readRow(cells, file.headers, settings.mapping, settings.dateOrder, rowNumber);
    let action: RowAction = 'error';
    if (read.account) {
      const group = groupFor(read.account.name, read.account, read.errors);
      if (group) {
        action = group.action;
        if (group.action === 'skip') rowsSkipped++;
        else if (read.contact) addContact(group, read.contact);
      }
    }
    if (read.errors.length > 0) {
      action = 'error';
      preview.rowsWithErrors++;
      if (preview.errors.length < MAX_LISTED_ERRORS) preview.errors.push({ row: rowNumber, messages: read.errors });
    }
    if (preview.sample.length < PREVIEW_ROWS) {
      const fields = read.account ? groups.get(accountNameKey(read.account.name))?.fields : undefined;
      preview.sample.push({
        row: rowNumber,
        account: fields?.name ?? read.account?.name ?? (cells[file.headers[settings.mapping.indexOf('account.name')]!] ?? '').trim(),
        arr: fields?.arr ?? null,
        stage: fields?.stage ?? null,
        renewalDate: fields?.renewalDate ?? null,
        contact: read.contact?.name ?? null,
        email: read.contact?.email || null,
        action,
      });
    }
  });
  return { preview, accounts: planned, rowsSkipped };

  function groupFor(name: string, patch: Partial<AccountFields>, errors: string[]): Group | null {
    const key = accountNameKey(name);
    const seen = groups.get(key);
    if (seen) return seen;
    const current = existing.get(key) ?? null;
    let group: Group;
    if (!current) {
      group = newGroup('add', { ...NEW_ACCOUNT_DEFAULTS, ...patch, name });
    } else if (settings.duplicates === 'skip') {
      group = { action: 'skip', existing: current, fields: current, contacts: [], known: new Map() };
      preview.accountsSkipped++;
    } else if (settings.duplicates === 'update') {
      const { id: _id, segment: _s, createdAt: _c, updatedAt: _u, archivedAt: _a, ...fields } = current;
      const merged = CreateAccountInput.safeParse({ ...fields, ...patch, name: current.name });
      if (!merged.success) {
        errors.push(`Updating “${current.name}”: ${merged.error.issues[0]?.message ?? 'the values don’t fit the account'}`);
        return null;
      }
      group = { action: 'update', existing: current, fields: merged.data, contacts: [], known: new Map() };
      for (const c of accountContacts(store, current.id)) group.known.set(contactKey(c), { id: c.id, planned: null, fields: contactFields(c) });
      planned.push({ action: 'update', id: current.id, fields: group.fields, contacts: group.contacts });
      preview.accountsUpdated++;
    } else {
      let n = 2;
      while (usedNames.has(accountNameKey(`${name} (${n})`))) n++;
      group = newGroup('keepBoth', { ...NEW_ACCOUNT_DEFAULTS, ...patch, name: `${name} (${n})` });
      usedNames.add(accountNameKey(group.fields.name));
    }
    groups.set(key, group);
    return group;
  }

  function newGroup(action: 'add' | 'keepBoth', fields: AccountFields): Group {
    const group: Group = { action, existing: null, fields, contacts: [], known: new Map() };
    usedNames.add(accountNameKey(fields.name));
    planned.push({ action: 'add', fields, contacts: group.contacts });
    preview.accountsNew++;
    return group;
  }

  function addContact(group: Group, fields: ContactFields) {
    const key = contactKey(fields);
    const match = group.known.get(key);
    if (!match || settings.duplicates === 'keepBoth') {
      const contact: PlannedContact = { action: 'add', fields };
      group.contacts.push(contact);
      group.known.set(key, { id: null, planned: contact, fields });
      preview.contactsNew++;
      return;
    }
    if (settings.duplicates === 'skip') {
      preview.contactsSkipped++;
      return;
    }
    // Update: the file's values over the contact's, keeping what the file leaves empty (flags, phone…).
    const merged: ContactFields = { ...match.fields, ...withoutEmpty(fields), isChampion: match.fields.isChampion, isDecisionMaker: match.fields.isDecisionMaker, isSponsor: match.fields.isSponsor, isEconomicBuyer: match.fields.isEconomicBuyer, leftOn: match.fields.leftOn };
    if (match.planned) {
      match.planned.fields = merged;
    } else if (match.id) {
      const contact: PlannedContact = { action: 'update', id: match.id, fields: merged };
      group.contacts.push(contact);
      match.planned = contact;
      preview.contactsUpdated++;
    }
    match.fields = merged;
  }
}

function withoutEmpty(fields: ContactFields): Partial<ContactFields> {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== '' && v !== null && v !== false));
}

function contactFields(c: Contact): ContactFields {
  const { id: _id, accountId: _a, createdAt: _c, updatedAt: _u, ...fields } = c;
  return fields;
}
