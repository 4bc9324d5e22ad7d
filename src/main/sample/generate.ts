import { randomUUID } from 'node:crypto';
import { STAGES } from '../../shared/accounts/segments';
import type { AccountFields } from '../../shared/accounts/schema';
import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import type { Store } from '../db/store';
import { accountNameKey } from '../accounts/names';
import { accountColumns } from '../accounts/repository';
import { accountDocument } from '../accounts/search-document';
import { contactDocument } from '../contacts/search-document';
import { indexDocument } from '../search/documents';
import { layOutOnboarding, syncRenewalTasks } from '../tasks/playbook';
import { seededRandom, type Random } from './random';
import * as W from './words';

export interface SampleBook {
  accounts: number;
  contacts: number;
  accountIds: string[];
}

function uniqueName(rnd: Random, taken: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const base = `${rnd.pick(W.COMPANY_FIRST)} ${rnd.pick(W.COMPANY_SECOND)}${rnd.pick(W.COMPANY_SUFFIX)}`;
    const name = attempt < 5 ? base : `${base} ${attempt}`;
    const key = accountNameKey(name);
    if (!taken.has(key)) {
      taken.add(key);
      return name;
    }
  }
}

/** ARR skewed like a real book: many SMB, fewer Mid-Market, a few large Enterprise accounts. */
function sampleArr(rnd: Random): number {
  const r = rnd.next();
  if (r < 0.45) return rnd.int(5, 24) * 1000;
  if (r < 0.85) return rnd.int(25, 99) * 1000;
  return rnd.int(100, 900) * 1000;
}

function sampleAccount(rnd: Random, name: string, today: string): AccountFields {
  const contractStart = addDays(today, -rnd.int(10, 900));
  // The next anniversary of the contract, so every sample renewal lies ahead.
  let renewalDate = addDays(contractStart, 365);
  while (renewalDate < today) renewalDate = addDays(renewalDate, 365);
  return {
    name,
    arr: sampleArr(rnd),
    segmentOverride: null,
    stage: rnd.pick(STAGES.filter((s) => s !== 'Churned')),
    ownerCsm: rnd.pick(W.CSMS),
    contractStart,
    renewalDate,
    productVersion: rnd.pick(W.VERSIONS),
    notes: '',
  };
}

/**
 * Adds a realistic book of `count` accounts with 2–5 contacts each, their playbook and renewal
 * tasks, in one transaction. Used by "Load sample data", by tests and by the benchmarks; the
 * same seed gives the same book.
 */
export function generateSampleBook(store: Store, count: number, now: Date, seed = 1): SampleBook {
  const rnd = seededRandom(seed);
  const today = localIsoDate(now);
  const at = now.toISOString();
  return store.tx(() => {
    const taken = new Set(
      store.all(store.q.selectFrom('accounts').select('name_key').where('archived_at', 'is', null)).map((r) => r.name_key),
    );
    const accountIds: string[] = [];
    let contacts = 0;
    for (let i = 0; i < count; i++) {
      const fields = sampleAccount(rnd, uniqueName(rnd, taken), today);
      const id = randomUUID();
      store.run(store.q.insertInto('accounts').values({ id, ...accountColumns(fields), created_at: at, updated_at: at, archived_at: null }));
      layOutOnboarding(store, { id, contractStart: fields.contractStart, ownerCsm: fields.ownerCsm }, now);
      syncRenewalTasks(store, { id, contractStart: fields.contractStart, renewalDate: fields.renewalDate, ownerCsm: fields.ownerCsm }, now);
      indexDocument(store, accountDocument(id, fields));
      const domain = `${fields.name.split(' ')[0]!.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.example`;
      const n = rnd.int(2, 5);
      for (let c = 0; c < n; c++) {
        const first = rnd.pick(W.FIRST_NAMES);
        const last = rnd.pick(W.LAST_NAMES);
        const contact = {
          name: `${first} ${last}`,
          title: rnd.pick(W.TITLES),
          role: rnd.pick(W.ROLES),
          email: `${first}.${last}`.toLowerCase().normalize('NFD').replace(/[^a-z.]/g, '') + `@${domain}`,
        };
        const contactId = randomUUID();
        store.run(
          store.q.insertInto('contacts').values({
            id: contactId,
            account_id: id,
            ...contact,
            phone: `+41 ${rnd.int(21, 79)} ${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
            salutation: '',
            is_champion: c === 0 ? 1 : 0,
            is_decision_maker: c === 1 ? 1 : 0,
            is_sponsor: c === 1 && rnd.chance(0.5) ? 1 : 0,
            is_economic_buyer: c === 1 && rnd.chance(0.3) ? 1 : 0,
            left_on: c > 1 && rnd.chance(0.08) ? addDays(today, -rnd.int(1, 120)) : null,
            created_at: at,
            updated_at: at,
          }),
        );
        indexDocument(store, contactDocument(contactId, id, contact));
        contacts++;
      }
      accountIds.push(id);
    }
    return { accounts: count, contacts, accountIds };
  });
}
