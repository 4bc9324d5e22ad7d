import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, crmCsv, CSV_ROWS, emptyBook } from './cases/data-safety';

/**
 * `BENCH_ENTRY=crm-import npm run bench`: the CRM CSV import alone, once per run, reporting CPU
 * time (the machine is shared, so wall time says little) for the import call itself.
 * Rows: FIELDBOOK_BENCH_CSV_ROWS (20,000 by default).
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-bench-crm-'));
  const file = join(dir, 'crm.csv');
  writeFileSync(file, crmCsv(CSV_ROWS));
  const runtime = emptyBook(join(dir, 'book'), file);
  try {
    const chosen = await call<{ importId: string; mapping: string[] }>(runtime, 'crmImport:choose');
    const settings = { importId: chosen.importId, mapping: chosen.mapping, dateOrder: 'mdy', duplicates: 'skip' };
    await call(runtime, 'crmImport:preview', settings);
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    const counts = await call<{ accountsCreated: number }>(runtime, 'crmImport:run', settings);
    const used = process.cpuUsage(cpu);
    const cpuMs = (used.user + used.system) / 1000;
    const wallMs = Number(process.hrtime.bigint() - wall) / 1e6;
    console.log(
      `CRM CSV import of ${CSV_ROWS.toLocaleString('en-US')} rows (${counts.accountsCreated} accounts): CPU ${cpuMs.toFixed(0)} ms (${Math.round(CSV_ROWS / (cpuMs / 1000)).toLocaleString('en-US')} rows/s of CPU), wall ${wallMs.toFixed(0)} ms`,
    );
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
