import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../src/shared/ipc/envelope';
import type { ChosenCrmFile, CrmImportResult, CrmPreview } from '../../src/shared/crm-import/schema';
import type { CrmTarget } from '../../src/shared/crm-import/fields';
import { startRuntime, type Runtime } from '../../src/main/runtime';
import { dataTableNames } from '../../src/main/everything/repository';
import { toCsv } from '../../src/main/files/csv';
import { testRuntimeOptions, scriptedDialogs } from '../support/test-store';

const APP = 'app://fieldbook/';
let dir: string;
let openFrom: string | null;
const runtimes: Runtime[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fieldbook-crm-'));
  openFrom = null;
});
afterEach(async () => {
  for (const r of runtimes.splice(0)) await r.close();
  rmSync(dir, { recursive: true, force: true });
});

function book(): Runtime {
  const runtime = startRuntime(
    testRuntimeOptions(join(dir, 'book'), { automaticBackups: false, dialogs: { ...scriptedDialogs(), chooseOpenPath: async () => openFrom } }),
  );
  runtimes.push(runtime);
  return runtime;
}

async function invoke<T>(runtime: Runtime, channel: string, input?: unknown): Promise<Envelope<T>> {
  return (await runtime.invoke(channel, APP, input)) as Envelope<T>;
}
async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = await invoke<T>(runtime, channel, input);
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  openFrom = path;
  return path;
}

async function choose(runtime: Runtime): Promise<Extract<ChosenCrmFile, { status: 'chosen' }>> {
  const chosen = await call<ChosenCrmFile>(runtime, 'crmImport:choose');
  if (chosen.status !== 'chosen') throw new Error('no file chosen');
  return chosen;
}

type Settings = { mapping: CrmTarget[]; dateOrder: 'mdy' | 'dmy'; duplicates: 'skip' | 'update' | 'keepBoth' };
const settingsOf = (chosen: Extract<ChosenCrmFile, { status: 'chosen' }>, over: Partial<Settings> = {}) => ({
  importId: chosen.importId,
  mapping: chosen.mapping,
  dateOrder: chosen.dateOrder === 'dmy' ? ('dmy' as const) : ('mdy' as const),
  duplicates: 'skip' as const,
  ...over,
});

/** Every row of every table: "nothing changed" is checked against all of it. */
function dump(runtime: Runtime): string {
  const store = runtime.store!;
  return JSON.stringify(dataTableNames(store).map((t) => store.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1, 2`).all()));
}

interface AccountRow {
  name: string;
  arr: number;
  stage: string;
  renewalDate: string | null;
  contractStart: string | null;
  notes: string;
  id: string;
}
const accounts = (runtime: Runtime) => call<AccountRow[]>(runtime, 'accounts:list', {});

/** A Salesforce-style export saved by Excel on a German Windows: `;`, Windows-1252, amounts and dates the European way. */
const SALESFORCE_DE = [
  'Account Name;Annual Revenue;Billing Country;Stage;Renewal Date;First Name;Last Name;Email;Title',
  'Müller Maschinenbau;1.200.000,00 €;Deutschland;Adoption;31.03.2027;Jürgen;Weiß;j.weiss@mueller.example;CTO',
  'Müller Maschinenbau;1.200.000,00 €;Deutschland;Adoption;31.03.2027;Anna;Schmidt;a.schmidt@mueller.example;"Head of IT, Werk Süd"',
  'Bäckerei Brot & Co;48.000 €;Österreich;at risk;15.09.2027;;;;',
].join('\r\n');

describe('Import accounts from a CRM export', () => {
  it('reads a Windows-1252, semicolon-separated export: one account per name, each row its contact, the countries kept in the notes', async () => {
    const runtime = book();
    file('salesforce.csv', Buffer.from(SALESFORCE_DE.replaceAll('€', '\x80'), 'latin1'));
    const chosen = await choose(runtime);
    expect(chosen.headers).toEqual(['Account Name', 'Annual Revenue', 'Billing Country', 'Stage', 'Renewal Date', 'First Name', 'Last Name', 'Email', 'Title']);
    expect(chosen.mapping).toEqual(['account.name', 'account.arr', 'account.noteLine', 'account.stage', 'account.renewalDate', 'contact.firstName', 'contact.lastName', 'contact.email', 'contact.title']);
    expect(chosen.rows).toBe(3);

    const preview = await call<CrmPreview>(runtime, 'crmImport:preview', settingsOf(chosen));
    expect(preview).toMatchObject({ problem: null, rowsWithErrors: 0, accountsNew: 2, contactsNew: 2 });
    expect(await accounts(runtime)).toEqual([]);

    const result = await call<CrmImportResult>(runtime, 'crmImport:run', settingsOf(chosen));
    expect(result).toMatchObject({ status: 'imported', accountsCreated: 2, contactsCreated: 2, rowsWithErrors: 0 });
    const imported = await accounts(runtime);
    expect(imported.map((a) => [a.name, a.arr, a.stage, a.renewalDate, a.notes])).toEqual([
      ['Bäckerei Brot & Co', 48000, 'At-risk', '2027-09-15', 'Billing Country: Österreich'],
      ['Müller Maschinenbau', 1_200_000, 'Adoption', '2027-03-31', 'Billing Country: Deutschland'],
    ]);
    const contacts = await call<{ name: string; title: string; email: string }[]>(runtime, 'contacts:list', { accountId: imported[1]!.id });
    expect(contacts.map((c) => [c.name, c.title, c.email])).toEqual([
      ['Anna Schmidt', 'Head of IT, Werk Süd', 'a.schmidt@mueller.example'],
      ['Jürgen Weiß', 'CTO', 'j.weiss@mueller.example'],
    ]);
    // Renewal tasks and the rolling sync / QBR tasks like an account typed in by hand; no
    // onboarding timeline for a customer the CRM says is past it.
    const tasks = await call<{ sourceKind: string }[]>(runtime, 'tasks:list', { accountId: imported[1]!.id });
    expect(new Set(tasks.map((t) => t.sourceKind))).toEqual(new Set(['renewal', 'cadence']));
  });

  it('lists each bad row with what is wrong in which column, and imports only the good ones when asked', async () => {
    const runtime = book();
    file(
      'hubspot.csv',
      [
        'Company name,Annual Revenue,Contract Start,Renewal Date,Lifecycle Stage,Email,Full Name',
        '"Acme, Inc.","$1,200,000.00",01/15/2026,01/14/2027,Adoption,ops@acme.example,"Dana ""DJ"" Jones"',
        'Globex,lots,01/15/2026,01/14/2027,Adoption,,',
        'Initech,"$95,000",13/45/2026,,Prospect,not-an-email,Peter Gibbons',
        ',"$5,000",,,,,',
        '"Umbrella ""Pharma""","$30,000",02/01/2026,01/01/2026,Retention,,',
        '"Hooli\nEurope","$250,000",,,Expansion,,',
      ].join('\n'),
    );
    const chosen = await choose(runtime);
    expect(chosen.dateOrder).toBe('mdy');
    const before = dump(runtime);
    const preview = await call<CrmPreview>(runtime, 'crmImport:preview', settingsOf(chosen));
    expect(preview.rowsWithErrors).toBe(4);
    expect(preview.errors).toEqual([
      { row: 3, messages: ['Annual Revenue: “lots” is not an amount (write it like 48000, $1,200,000.00 or 1.200.000,00 €)'] },
      {
        row: 4,
        messages: [
          'Lifecycle Stage: “Prospect” is not a stage (use Onboarding, Adoption, Retention, Expansion, At-risk, Churned)',
          'Contract Start: “13/45/2026” is not a date (write it as 2026-03-31, 03/31/2026 or 31.03.2026)',
          'Email: “not-an-email”: Enter an email address like name@company.com',
        ],
      },
      { row: 5, messages: ['Company name: Give the account a name'] },
      { row: 6, messages: ["Renewal Date: The renewal date can't be before the contract start"] },
    ]);
    expect(preview.sample.map((r) => [r.row, r.account, r.action])).toEqual([
      [2, 'Acme, Inc.', 'add'],
      [3, 'Globex', 'error'],
      [4, 'Initech', 'error'],
      [5, '', 'error'],
      [6, 'Umbrella "Pharma"', 'error'],
      [7, 'Hooli\nEurope', 'add'],
    ]);
    // Choosing and previewing wrote nothing.
    expect(dump(runtime)).toBe(before);

    const result = await call<CrmImportResult>(runtime, 'crmImport:run', settingsOf(chosen));
    expect(result).toMatchObject({ status: 'imported', accountsCreated: 2, contactsCreated: 1, rowsWithErrors: 4 });
    expect((await accounts(runtime)).map((a) => [a.name, a.arr, a.contractStart])).toEqual([
      ['Acme, Inc.', 1_200_000, '2026-01-15'],
      ['Hooli\nEurope', 250_000, null],
    ]);
  });

  it('asks how slash dates are written when every one reads both ways, and reads them the way chosen', async () => {
    const runtime = book();
    file('dates.csv', 'Account,Renewal Date\nAcme,03/04/2027\nGlobex,05/06/2027\n');
    const chosen = await choose(runtime);
    expect(chosen.dateOrder).toBe('ambiguous');
    await call(runtime, 'crmImport:run', settingsOf(chosen, { dateOrder: 'dmy' }));
    const imported = await accounts(runtime);
    expect(imported.map((a) => a.renewalDate)).toEqual(['2027-04-03', '2027-06-05']);
    // No stage column: the accounts start at Onboarding, with the onboarding timeline laid out.
    const tasks = await call<{ sourceKind: string }[]>(runtime, 'tasks:list', { accountId: imported[0]!.id });
    expect(tasks.some((t) => t.sourceKind === 'playbook')).toBe(true);
  });

  it('reads tab-separated UTF-16 (Excel’s "Unicode text")', async () => {
    const runtime = book();
    file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Account Name\tARR\nŁódź Logistics\t"48 000"\n', 'utf16le')]));
    const chosen = await choose(runtime);
    await call(runtime, 'crmImport:run', settingsOf(chosen));
    expect((await accounts(runtime)).map((a) => [a.name, a.arr])).toEqual([['Łódź Logistics', 48000]]);
  });

  describe('duplicates, chosen once for all', () => {
    const CSV = 'Account Name,ARR,Email,Contact Name,Title\nAcme,90000,ops@acme.example,Ops Team,Platform lead\nNewco,1000,,,\n';

    async function seeded() {
      const runtime = book();
      const acme = await call<{ id: string }>(runtime, 'accounts:create', {
        name: 'ACME',
        arr: 50000,
        segmentOverride: null,
        stage: 'Retention',
        ownerCsm: 'Kim',
        contractStart: null,
        renewalDate: null,
        productVersion: '2.1.0',
        notes: 'Keep',
      });
      await call(runtime, 'contacts:create', {
        accountId: acme.id,
        fields: { name: 'Ops', title: '', role: 'Admin', email: 'OPS@acme.example', phone: '+1 555 0100', salutation: '', isChampion: true, isDecisionMaker: false, isSponsor: false, leftOn: null },
      });
      file('dupes.csv', CSV);
      return { runtime, acmeId: acme.id, chosen: await choose(runtime) };
    }

    it('skip leaves the account already in the book untouched', async () => {
      const { runtime, chosen } = await seeded();
      const preview = await call<CrmPreview>(runtime, 'crmImport:preview', settingsOf(chosen, { duplicates: 'skip' }));
      expect(preview).toMatchObject({ accountsNew: 1, accountsSkipped: 1, contactsNew: 0 });
      const result = await call<CrmImportResult>(runtime, 'crmImport:run', settingsOf(chosen, { duplicates: 'skip' }));
      expect(result).toMatchObject({ accountsCreated: 1, accountsUpdated: 0, rowsSkipped: 1 });
      expect((await accounts(runtime)).map((a) => [a.name, a.arr])).toEqual([
        ['ACME', 50000],
        ['Newco', 1000],
      ]);
    });

    it('update writes the file’s columns over the account and its contact (matched by email), keeping the rest', async () => {
      const { runtime, acmeId, chosen } = await seeded();
      const result = await call<CrmImportResult>(runtime, 'crmImport:run', settingsOf(chosen, { duplicates: 'update' }));
      expect(result).toMatchObject({ accountsCreated: 1, accountsUpdated: 1, contactsCreated: 0, contactsUpdated: 1 });
      const acme = (await accounts(runtime)).find((a) => a.id === acmeId)!;
      expect([acme.name, acme.arr, acme.stage, acme.notes]).toEqual(['ACME', 90000, 'Retention', 'Keep']);
      const contacts = await call<{ name: string; title: string; role: string; phone: string; isChampion: boolean }[]>(runtime, 'contacts:list', { accountId: acmeId });
      expect(contacts).toMatchObject([{ name: 'Ops Team', title: 'Platform lead', role: 'Admin', phone: '+1 555 0100', isChampion: true }]);
    });

    it('keep both adds the file’s account beside it under a free name', async () => {
      const { runtime, chosen } = await seeded();
      await call(runtime, 'crmImport:run', settingsOf(chosen, { duplicates: 'keepBoth' }));
      expect((await accounts(runtime)).map((a) => a.name)).toEqual(['ACME', 'Acme (2)', 'Newco']);
    });
  });

  describe('a file that is not an accounts export changes nothing and says why', () => {
    it.each([
      ['binary', Buffer.from([0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x00, 0x01, 0x02, 0x00, 0xff, 0x00, 0x00, 0x13]), 'it is not a text file'],
      ['empty', '', 'it is empty'],
      ['header only', 'Account Name,ARR\n', 'it has a header row but no rows below it'],
      ['unclosed quote', 'Account Name,Notes\nAcme,"never closed\nGlobex,x\n', 'a quoted value opened on row 2 is never closed'],
    ])('%s', async (_kind, content, why) => {
      const runtime = book();
      const before = dump(runtime);
      const path = file('bad.csv', content);
      const envelope = await invoke(runtime, 'crmImport:choose');
      expect(envelope).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
      if (envelope.ok) return;
      expect(envelope.error.message).toContain(`bad.csv can't be imported: ${why}`);
      expect(envelope.error.message).toContain('Nothing was imported.');
      expect(path).toContain('bad.csv');
      expect(dump(runtime)).toBe(before);
    });

    it('a mapping without the account name, or a file where every row is wrong, imports nothing', async () => {
      const runtime = book();
      file('wrong.csv', 'Account Name,ARR\n,abc\n,\n');
      const chosen = await choose(runtime);
      const before = dump(runtime);
      const noName = await invoke(runtime, 'crmImport:run', settingsOf(chosen, { mapping: ['ignore', 'account.arr'] }));
      expect(noName).toMatchObject({ ok: false, error: { message: 'Choose the column that holds the account name. Nothing was imported.' } });
      const allBad = await invoke(runtime, 'crmImport:run', settingsOf(chosen));
      expect(allBad).toMatchObject({ ok: false, error: { message: 'Every row of wrong.csv has an error, so there is nothing to import. Nothing was imported.' } });
      expect(dump(runtime)).toBe(before);
    });

    it('an import id the page made up is refused', async () => {
      const runtime = book();
      const envelope = await invoke(runtime, 'crmImport:preview', { importId: crypto.randomUUID(), mapping: [], dateOrder: 'mdy', duplicates: 'skip' });
      expect(envelope).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'That import is no longer open: choose the file again.' } });
    });
  });

  it('a file Fieldbook writes with toCsv is read back the same by Python’s csv module and by the import', async () => {
    const header = ['Account Name', 'ARR', 'Notes'];
    const rows = [
      ['Acme, Inc.', '1200', 'Line one\nline two with "quotes"'],
      ['=SUM(A1)', '5', 'Ærø ✓'],
    ];
    const path = file('ours.csv', toCsv(header, rows));
    let python: string;
    try {
      python = execFileSync('python3', ['-c', 'import csv,json,sys; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding="utf-8-sig", newline="")))))', path], { encoding: 'utf8' });
    } catch (error) {
      console.log(`python3 is not available here, so the Python read-back is not checked (${(error as Error).message.split('\n')[0]})`);
      return;
    }
    expect(JSON.parse(python)).toEqual([header, rows[0], ["'=SUM(A1)", '5', 'Ærø ✓']]);
    const runtime = book();
    const chosen = await choose(runtime);
    await call(runtime, 'crmImport:run', settingsOf(chosen, { mapping: ['account.name', 'account.arr', 'account.notes'] }));
    expect((await accounts(runtime)).map((a) => [a.name, a.arr, a.notes])).toEqual([
      ["'=SUM(A1)", 5, 'Ærø ✓'],
      ['Acme, Inc.', 1200, 'Line one\nline two with "quotes"'],
    ]);
  });
});
