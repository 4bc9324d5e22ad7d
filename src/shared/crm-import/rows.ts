import { CreateAccountInput, type AccountFields } from '../accounts/schema';
import { ContactFields } from '../contacts/schema';
import type { CrmTarget } from './fields';
import { parseAmount, parseDate, parseSegment, parseStage, type DateOrder } from './values';
import { STAGES, SEGMENTS } from '../accounts/segments';

/** The account fields a row sets: only the mapped ones, so an update leaves the others as they are. */
export type AccountPatch = Partial<AccountFields> & { name: string };

export interface ReadRow {
  /** The row's number as a spreadsheet shows it (the header is row 1). */
  row: number;
  account: AccountPatch | null;
  contact: ContactFields | null;
  /** What is wrong with the row, each message naming its column; a row with errors is left out. */
  errors: string[];
}

/** What a new account has for the fields the file doesn't map. */
export const NEW_ACCOUNT_DEFAULTS: AccountFields = {
  name: '',
  arr: 0,
  segmentOverride: null,
  stage: 'Onboarding',
  ownerCsm: '',
  contractStart: null,
  renewalDate: null,
  productVersion: '',
  notes: '',
};

const quote = (s: string) => `“${s.length > 60 ? `${s.slice(0, 57)}…` : s}”`;

/** The first zod message for each field, keyed by the field. */
function fieldMessages(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const issue of issues) {
    const key = String(issue.path[0] ?? '');
    if (!out.has(key)) out.set(key, issue.message);
  }
  return out;
}

/**
 * One CSV row read through the mapping: values converted (amounts, dates, stage, segment),
 * then checked by the same schemas the account and contact forms use, each message naming the
 * column it came from. `dateOrder` reads slash dates.
 */
export function readRow(
  cells: Readonly<Record<string, string>>,
  headers: readonly string[],
  mapping: readonly CrmTarget[],
  dateOrder: DateOrder,
  row: number,
): ReadRow {
  const errors: string[] = [];
  const columnOf = new Map<CrmTarget, string>();
  const value = (target: CrmTarget): string | undefined => {
    const i = mapping.indexOf(target);
    if (i < 0) return undefined;
    columnOf.set(target, headers[i]!);
    return (cells[headers[i]!] ?? '').trim();
  };
  const fail = (target: CrmTarget, message: string) => errors.push(`${columnOf.get(target) ?? target}: ${message}`);

  const patch: Partial<AccountFields> = {};
  const name = value('account.name') ?? '';
  const arr = value('account.arr');
  if (arr !== undefined && arr !== '') {
    const amount = parseAmount(arr);
    if (amount === null) fail('account.arr', `${quote(arr)} is not an amount (write it like 48000, $1,200,000.00 or 1.200.000,00 €)`);
    else patch.arr = amount;
  }
  const stage = value('account.stage');
  if (stage !== undefined && stage !== '') {
    const parsed = parseStage(stage);
    if (parsed) patch.stage = parsed;
    else fail('account.stage', `${quote(stage)} is not a stage (use ${STAGES.join(', ')})`);
  }
  const segment = value('account.segment');
  if (segment !== undefined && segment !== '') {
    const parsed = parseSegment(segment);
    if (parsed) patch.segmentOverride = parsed;
    else fail('account.segment', `${quote(segment)} is not a segment (use ${SEGMENTS.join(', ')}, or leave it empty to go by ARR)`);
  }
  for (const target of ['account.contractStart', 'account.renewalDate'] as const) {
    const text = value(target);
    if (text === undefined) continue;
    if (text === '') {
      patch[target === 'account.contractStart' ? 'contractStart' : 'renewalDate'] = null;
      continue;
    }
    const date = parseDate(text, dateOrder);
    if (date === null) fail(target, `${quote(text)} is not a date (write it as 2026-03-31, ${dateOrder === 'mdy' ? '03/31/2026' : '31/03/2026'} or 31.03.2026)`);
    else patch[target === 'account.contractStart' ? 'contractStart' : 'renewalDate'] = date;
  }
  const owner = value('account.ownerCsm');
  if (owner !== undefined) patch.ownerCsm = owner;
  const version = value('account.productVersion');
  if (version !== undefined) patch.productVersion = version;
  const notes = [value('account.notes') ?? ''];
  mapping.forEach((target, i) => {
    const text = target === 'account.noteLine' ? (cells[headers[i]!] ?? '').trim() : '';
    if (text) notes.push(`${headers[i]}: ${text}`);
  });
  if (mapping.includes('account.notes') || mapping.includes('account.noteLine')) patch.notes = notes.filter(Boolean).join('\n');

  let account: AccountPatch | null = null;
  const checked = CreateAccountInput.safeParse({ ...NEW_ACCOUNT_DEFAULTS, ...patch, name });
  if (!checked.success) {
    const targets: Record<string, CrmTarget> = {
      name: 'account.name',
      arr: 'account.arr',
      ownerCsm: 'account.ownerCsm',
      productVersion: 'account.productVersion',
      notes: mapping.includes('account.notes') ? 'account.notes' : 'account.noteLine',
      renewalDate: 'account.renewalDate',
      contractStart: 'account.contractStart',
    };
    for (const [field, message] of fieldMessages(checked.error.issues)) fail(targets[field] ?? 'account.name', message);
  } else {
    account = { ...patch, name: checked.data.name };
  }

  const contact = readContact();
  return { row, account: errors.length ? null : account, contact: errors.length ? null : contact, errors };

  function readContact(): ContactFields | null {
    const full = value('contact.name');
    const first = value('contact.firstName');
    const last = value('contact.lastName');
    const email = value('contact.email');
    const title = value('contact.title');
    const phone = value('contact.phone');
    const role = value('contact.role');
    const anything = [full, first, last, email, title, phone, role].some((v) => v);
    if (!anything) return null;
    const contactName = full || [first, last].filter(Boolean).join(' ');
    const nameTarget: CrmTarget = full !== undefined ? 'contact.name' : first !== undefined ? 'contact.firstName' : 'contact.lastName';
    if (!contactName) {
      if (!columnOf.has(nameTarget)) errors.push('The row has contact details but no column is mapped to the contact’s name.');
      else fail(nameTarget, 'the contact has details but no name');
      return null;
    }
    const parsed = ContactFields.safeParse({
      name: contactName,
      title: title ?? '',
      role: role ?? '',
      email: email ?? '',
      phone: phone ?? '',
      salutation: '',
      isChampion: false,
      isDecisionMaker: false,
      isSponsor: false,
      isEconomicBuyer: false,
      leftOn: null,
    });
    if (parsed.success) return parsed.data;
    const targets: Record<string, CrmTarget> = { name: nameTarget, title: 'contact.title', role: 'contact.role', email: 'contact.email', phone: 'contact.phone' };
    for (const [field, message] of fieldMessages(parsed.error.issues)) {
      const given = { email, phone }[field as 'email' | 'phone'];
      fail(targets[field] ?? nameTarget, given ? `${quote(given)}: ${message}` : message);
    }
    return null;
  }
}
