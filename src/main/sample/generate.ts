import { randomUUID } from 'node:crypto';
import { STAGES } from '../../shared/accounts/segments';
import type { AccountFields } from '../../shared/accounts/schema';
import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import type { Store } from '../db/store';
import { accountNameKey } from '../accounts/names';
import { insertAccount } from '../accounts/repository';
import { accountDocument } from '../accounts/search-document';
import { insertContact } from '../contacts/repository';
import { contactDocument } from '../contacts/search-document';
import { indexDocument } from '../search/documents';
import { layOutOnboarding, syncRenewalTasks } from '../tasks/playbook';
import { seededRandom, type Random } from './random';
import { activeAccountNameKeys } from './repository';
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
    const taken = new Set(activeAccountNameKeys(store));
    const accountIds: string[] = [];
    let contacts = 0;
    for (let i = 0; i < count; i++) {
      const fields = sampleAccount(rnd, uniqueName(rnd, taken), today);
      const id = randomUUID();
      insertAccount(store, id, fields, at);
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
        // The random draws keep their order (phone, sponsor, buyer, left), so a seed gives the same book.
        insertContact(
          store,
          contactId,
          id,
          {
            ...contact,
            phone: `+41 ${rnd.int(21, 79)} ${rnd.int(100, 999)} ${rnd.int(10, 99)} ${rnd.int(10, 99)}`,
            salutation: '',
            isChampion: c === 0,
            isDecisionMaker: c === 1,
            isSponsor: c === 1 && rnd.chance(0.5),
            isEconomicBuyer: c === 1 && rnd.chance(0.3),
            leftOn: c > 1 && rnd.chance(0.08) ? addDays(today, -rnd.int(1, 120)) : null,
          },
          at,
        );
        indexDocument(store, contactDocument(contactId, id, contact));
        contacts++;
      }
      accountIds.push(id);
    }
    return { accounts: count, contacts, accountIds };
  });
}
