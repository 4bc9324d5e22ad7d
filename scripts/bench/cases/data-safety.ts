import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import Papa from 'papaparse';
import { startRuntime, type Runtime } from '../../../src/main/runtime';
import { dataTableNames } from '../../../src/main/everything/repository';
import { toCsv } from '../../../src/main/files/csv';
import { stats, type Stats } from '../measure';
import { APP_URL, type BenchBook } from '../book';

/**
 * Issue 11's figures: a backup of book L, "Export everything" of book L, and a 20,000-row CRM
 * CSV import, each through the real handler beside the bare operation underneath it (the
 * online backup API alone; SELECT * of every table and JSON.stringify; papaparse and plain
 * INSERTs). These take seconds each, so they run a few times rather than the hundreds of the
 * hot paths.
 */
export interface HeavyRow {
  name: string;
  handler: Stats;
  bare: Stats;
  /** Extra figures printed under the row (rows per second, the preview's time). */
  notes: string[];
}

const ITERATIONS = Number(process.env.FIELDBOOK_BENCH_HEAVY_ITERATIONS ?? 3);
export const CSV_ROWS = Number(process.env.FIELDBOOK_BENCH_CSV_ROWS ?? 20_000);

async function time(fn: () => unknown): Promise<number> {
  const start = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export async function call<T>(runtime: Runtime, channel: string, input?: unknown): Promise<T> {
  const envelope = (await runtime.invoke(channel, APP_URL, input)) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error.message}`);
  return envelope.value;
}

/**
 * Runs `work` and measures how long main's thread went without turning its event loop meanwhile
 * (the window's calls wait that long). A fresh histogram per run, settled for a tick before the
 * work starts and reset: its first sample would otherwise span whatever blocked the loop before
 * (the bare side's synchronous statements, just run).
 */
async function withStallWatch<T>(work: () => Promise<T>, stalls: { max: number; p99: number[] }): Promise<T> {
  const watch = monitorEventLoopDelay({ resolution: 10 });
  watch.enable();
  await new Promise((resolve) => setTimeout(resolve, 30));
  watch.reset();
  try {
    return await work();
  } finally {
    watch.disable();
    stalls.max = Math.max(stalls.max, watch.max / 1e6);
    stalls.p99.push(watch.percentile(99) / 1e6);
  }
}

const stallNote = (stalls: { max: number; p99: number[] }, during: string) =>
  `  longest stall of main's thread during ${during}: ${stalls.max.toFixed(0)} ms (p99 ${Math.max(...stalls.p99).toFixed(0)} ms)`;

export async function backupCase(book: BenchBook, folder: string): Promise<HeavyRow> {
  const db = book.runtime.store!.sqlite;
  mkdirSync(folder, { recursive: true });
  const handler: number[] = [];
  const bare: number[] = [];
  const stalls = { max: 0, p99: [] as number[] };
  for (let i = 0; i < ITERATIONS; i++) {
    handler.push(await withStallWatch(() => time(() => call(book.runtime, 'backups:create', {})), stalls));
    const target = join(folder, `bare-${i}.sqlite`);
    bare.push(await time(() => db.backup(target)));
    rmSync(target, { force: true });
  }
  return {
    name: 'backup of book L (check + rename)',
    handler: stats(handler),
    bare: stats(bare),
    notes: [
      '  handler = online backup + integrity_check of the copy (worker thread) + rename + fsync; bare = online backup API alone',
      stallNote(stalls, 'a backup'),
    ],
  };
}

export async function exportCase(book: BenchBook, saveTo: string): Promise<HeavyRow> {
  const store = book.runtime.store!;
  const handler: number[] = [];
  const bare: number[] = [];
  let rows = 0;
  const stalls = { max: 0, p99: [] as number[] };
  for (let i = 0; i < ITERATIONS; i++) {
    handler.push(
      await withStallWatch(
        () =>
          time(async () => {
            rows = (await call<{ rows: number }>(book.runtime, 'everything:export', {})).rows;
          }),
        stalls,
      ),
    );
    bare.push(
      await time(() => {
        const tables = dataTableNames(store).map((name) => ({ name, rows: store.sqlite.prepare(`SELECT * FROM "${name}"`).all() }));
        writeFileSync(`${saveTo}.bare`, JSON.stringify({ tables }));
      }),
    );
  }
  rmSync(`${saveTo}.bare`, { force: true });
  const mb = readFileSync(saveTo).length / 1024 / 1024;
  return {
    name: 'export everything of book L',
    handler: stats(handler),
    bare: stats(bare),
    notes: [
      `  ${rows.toLocaleString('en-US')} records, ${mb.toFixed(0)} MB`,
      "  handler = own read-only snapshot, streamed 500 rows a step + fsync + rename; bare = SELECT * of every table, one JSON.stringify, writeFileSync",
      stallNote(stalls, 'an export'),
    ],
  };
}

/** A CRM export as Salesforce writes one: currency amounts, US dates, a contact per row. */
export function crmCsv(rows: number): string {
  const stages = ['Onboarding', 'Adoption', 'Retention', 'Expansion', 'At-risk'];
  const data = Array.from({ length: rows }, (_, i) => [
    `Imported Account ${i + 1}`,
    `$${(20_000 + ((i * 7919) % 400_000)).toLocaleString('en-US')}.00`,
    stages[i % stages.length]!,
    `${String((i % 12) + 1).padStart(2, '0')}/${String((i % 28) + 1).padStart(2, '0')}/2027`,
    `Contact ${i + 1}`,
    `contact${i + 1}@account${i + 1}.example`,
    i % 3 === 0 ? 'VP Engineering' : 'Platform lead',
    i % 2 ? 'United States' : 'Germany',
  ]);
  return toCsv(['Account Name', 'Annual Revenue', 'Stage', 'Renewal Date', 'Full Name', 'Email', 'Title', 'Billing Country'], data);
}

export async function csvImportCase(): Promise<HeavyRow> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-bench-csv-'));
  const file = join(dir, 'crm.csv');
  writeFileSync(file, crmCsv(CSV_ROWS));
  const handler: number[] = [];
  const bare: number[] = [];
  const chooseAndPreview: number[] = [];
  try {
    for (let i = 0; i < ITERATIONS; i++) {
      const runtime = emptyBook(join(dir, `book-${i}`), file);
      try {
        handler.push(
          await time(async () => {
            const started = process.hrtime.bigint();
            const chosen = await call<{ importId: string; mapping: string[] }>(runtime, 'crmImport:choose');
            const settings = { importId: chosen.importId, mapping: chosen.mapping, dateOrder: 'mdy', duplicates: 'skip' };
            await call(runtime, 'crmImport:preview', settings);
            chooseAndPreview.push(Number(process.hrtime.bigint() - started) / 1e6);
            await call(runtime, 'crmImport:run', settings);
          }),
        );
      } finally {
        await runtime.close();
      }
      const plain = emptyBook(join(dir, `bare-${i}`), file);
      try {
        const db = plain.store!.sqlite;
        bare.push(
          await time(() => {
            const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true });
            const account = db.prepare(
              "INSERT INTO accounts (id, name, name_key, filter_key, arr_cents, segment, stage, owner_csm, renewal_date, product_version, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'SMB', ?, '', ?, '', ?, ?, ?)",
            );
            const contact = db.prepare(
              "INSERT INTO contacts (id, account_id, name, title, role, email, phone, salutation, is_champion, is_decision_maker, is_sponsor, created_at, updated_at) VALUES (?, ?, ?, ?, '', ?, '', '', 0, 0, 0, ?, ?)",
            );
            const at = new Date().toISOString();
            db.transaction(() => {
              for (const row of parsed.data) {
                const id = randomUUID();
                const name = row['Account Name']!;
                account.run(id, name, name.toLowerCase(), name.toLowerCase(), Math.round(Number(row['Annual Revenue']!.replace(/[$,]/g, '')) * 100), row.Stage, row['Renewal Date'], row['Billing Country'], at, at);
                contact.run(randomUUID(), id, row['Full Name'], row.Title, row.Email, at, at);
              }
            })();
          }),
        );
      } finally {
        await plain.close();
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const h = stats(handler);
  const preview = stats(chooseAndPreview);
  return {
    name: `CRM CSV import, ${CSV_ROWS.toLocaleString('en-US')} rows, empty book`,
    handler: h,
    bare: stats(bare),
    notes: [
      `  choose + preview (read, decode, parse, validate every row): p50 ${preview.p50.toFixed(0)} ms, p95 ${preview.p95.toFixed(0)} ms — target < 1000 ms: ${preview.p95 < 1000 ? 'ok' : 'missed'}`,
      `  ${Math.round(CSV_ROWS / (h.p50 / 1000)).toLocaleString('en-US')} rows/s at p50 (each account with its playbook tasks, search entries and health; bare = plain INSERTs of accounts and contacts)`,
    ],
  };
}

/** A new, empty book served by the runtime, whose open dialog answers `file` (the CRM CSV cases). */
export function emptyBook(dataDir: string, file: string): Runtime {
  return startRuntime({
    dataDir,
    dialogs: { chooseSavePath: async () => null, chooseOpenPath: async () => file, chooseFolder: async () => null },
    reveal: () => {},
    appUrls: [APP_URL],
    validateOutput: false,
    automaticBackups: false,
  });
}
