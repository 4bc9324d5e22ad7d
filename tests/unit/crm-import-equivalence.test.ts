import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AccountFields } from '../../src/shared/accounts/schema';
import { createAccount } from '../../src/main/accounts/service';
import { createContact } from '../../src/main/contacts/service';
import type { ContactFields } from '../../src/shared/contacts/schema';
import { writeImport } from '../../src/main/crm-import/service';
import type { CrmPlan } from '../../src/main/crm-import/plan';
import type { Store } from '../../src/main/db/store';
import { evaluateBook } from '../../src/main/health/service';
import { search } from '../../src/main/search/service';
import { createTestStore, type TestStore } from '../support/test-store';
import { accountFields, contactFields } from '../support/records';

/**
 * The import writes new accounts in bulk; this pins that it writes exactly what adding the same
 * accounts one by one through createAccount / createContact does — every row of every table the
 * two touch, with ids replaced by the account name they belong to and timestamps by one value.
 */
const NOW = new Date('2026-11-30T10:00:00Z');

const sample: { fields: AccountFields; contacts: ContactFields[] }[] = [
  // Onboarding: the onboarding timeline, renewal tasks, rolling tasks.
  { fields: accountFields({ name: 'Acme', stage: 'Onboarding', arr: 120_000, contractStart: '2026-11-01', renewalDate: '2027-11-01' }), contacts: [contactFields('Ada', { email: 'ada@acme.example', title: 'CTO', isChampion: true })] },
  // A multi-year contract: yearly reviews before each anniversary.
  { fields: accountFields({ name: 'Globex', stage: 'Adoption', arr: 900_000, contractStart: '2025-03-15', renewalDate: '2028-03-15' }), contacts: [] },
  // No dates at all: cadence from the day it was created; small segment.
  { fields: accountFields({ name: 'Initech', stage: 'Retention', arr: 8_000, contractStart: null, renewalDate: null }), contacts: [contactFields('Bob'), contactFields('Cy', { email: 'cy@initech.example' })] },
  // Churned: no rolling tasks; a renewal date in the past: stale steps left out.
  { fields: accountFields({ name: 'Umbrella', stage: 'Churned', arr: 50_000, contractStart: '2024-01-01', renewalDate: '2026-01-01' }), contacts: [] },
  // A segment override and an onboarding start in the distant past (every step stale).
  { fields: accountFields({ name: 'Hooli', stage: 'Onboarding', arr: 20_000, segmentOverride: 'Enterprise', contractStart: '2025-01-10', renewalDate: '2026-12-20' }), contacts: [contactFields('Dee', { isSponsor: true, leftOn: '2026-10-01' })] },
  { fields: accountFields({ name: 'Stark', stage: 'Expansion', arr: 2_500_000, contractStart: '2026-12-05', renewalDate: '2027-06-05' }), contacts: [] },
  { fields: accountFields({ name: 'Wayne', stage: 'At-risk', arr: 300_000, contractStart: null, renewalDate: '2027-01-15' }), contacts: [] },
];

type Row = Record<string, unknown>;

/** Every row of the tables an account adds, ids mapped to their account's name, times to one value. */
function snapshot(store: Store): Record<string, Row[]> {
  const db = store.sqlite;
  const names = new Map<string, string>();
  for (const a of db.prepare('SELECT id, name FROM accounts').all() as { id: string; name: string }[]) names.set(a.id, `account:${a.name}`);
  for (const c of db.prepare('SELECT id, name FROM contacts').all() as { id: string; name: string }[]) names.set(c.id, `contact:${c.name}`);
  const withNames = (value: string) => {
    let out = value;
    for (const [id, name] of names) out = out.split(id).join(name);
    return out;
  };
  for (const t of db.prepare('SELECT id, dedupe_key FROM tasks').all() as { id: string; dedupe_key: string }[]) names.set(t.id, `task:${withNames(t.dedupe_key)}`);
  const plain = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    // Ids of rows with nothing to name them by (an alert's own id) are random on both sides.
    const out = withNames(value).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
    return out === NOW.toISOString() ? '<now>' : out;
  };
  const tables: Record<string, string> = {
    accounts: 'SELECT * FROM accounts',
    contacts: 'SELECT * FROM contacts',
    tasks: 'SELECT * FROM tasks',
    task_dedupe_keys: 'SELECT * FROM task_dedupe_keys',
    search_docs: 'SELECT kind, doc_id, account_id, parent_id, title, body, hidden FROM search_docs',
    account_health: 'SELECT * FROM account_health',
    health_checks: 'SELECT * FROM health_checks',
    alerts: 'SELECT * FROM alerts',
  };
  const out: Record<string, Row[]> = {};
  for (const [table, query] of Object.entries(tables)) {
    const rows = (db.prepare(query).all() as Row[]).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plain(v)])));
    out[table] = rows.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
  }
  return out;
}

let a: TestStore;
let b: TestStore;
beforeEach(() => {
  a = createTestStore();
  b = createTestStore();
});
afterEach(() => {
  a.close();
  b.close();
});

describe('CRM import writes new accounts exactly as adding them one by one does', () => {
  it('same accounts, contacts, generated tasks, search entries and health, row for row', () => {
    const plan: CrmPlan = {
      // writeImport reads only the planned accounts; the preview is what the CSM was shown.
      preview: {
        problem: null,
        rows: sample.length,
        rowsWithErrors: 0,
        accountsNew: sample.length,
        accountsUpdated: 0,
        accountsSkipped: 0,
        contactsNew: 4,
        contactsUpdated: 0,
        contactsSkipped: 0,
        errors: [],
        sample: [],
      },
      rowsSkipped: 0,
      accounts: sample.map((s) => ({ action: 'add', fields: s.fields, contacts: s.contacts.map((fields) => ({ action: 'add', fields })) })),
    };
    const counts = writeImport(a.store, plan, NOW);
    expect(counts).toMatchObject({ accountsCreated: sample.length, contactsCreated: 4 });

    b.store.tx(() => {
      for (const s of sample) {
        const account = createAccount(b.store, s.fields, NOW, { onboarding: s.fields.stage === 'Onboarding' });
        for (const contact of s.contacts) createContact(b.store, account.id, contact, NOW);
      }
      evaluateBook(b.store, NOW);
    });

    const imported = snapshot(a.store);
    const typed = snapshot(b.store);
    // The sample does exercise every generator.
    const kinds = new Set(typed.tasks!.map((t) => t.source_kind));
    expect([...kinds].sort()).toEqual(['cadence', 'playbook', 'renewal']);
    expect(imported).toEqual(typed);
    // And search finds the same (the FTS index, not only search_docs).
    for (const text of ['acme', 'ada', 'initech', 'alex', 'cy@initech.example']) {
      const found = (s: Store) => JSON.stringify(search(s, { text })).replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '<id>');
      expect(found(a.store)).toBe(found(b.store));
      expect(found(a.store)).not.toBe(found(b.store).replace(/./g, ''));
    }
  });
});
