import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { call, crmCsv, CSV_ROWS, emptyBook } from './cases/data-safety';
import { stats } from './measure';

/**
 * `BENCH_ENTRY=crm-preview npm run bench`: choosing a 20,000-row CRM file and previewing it
 * (issue 11: under a second), CPU and wall time of each step, several runs.
 */
async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-bench-crm-'));
  const file = join(dir, 'crm.csv');
  writeFileSync(file, crmCsv(CSV_ROWS));
  const runtime = emptyBook(join(dir, 'book'), file);
  const timed = async <T>(samples: { cpu: number[]; wall: number[] }, fn: () => Promise<T>): Promise<T> => {
    const cpu = process.cpuUsage();
    const wall = process.hrtime.bigint();
    const value = await fn();
    const used = process.cpuUsage(cpu);
    samples.cpu.push((used.user + used.system) / 1000);
    samples.wall.push(Number(process.hrtime.bigint() - wall) / 1e6);
    return value;
  };
  const choose = { cpu: [] as number[], wall: [] as number[] };
  const preview = { cpu: [] as number[], wall: [] as number[] };
  try {
    for (let i = 0; i < Number(process.env.FIELDBOOK_BENCH_RUNS ?? 8); i++) {
      const chosen = await timed(choose, () => call<{ importId: string; mapping: string[] }>(runtime, 'crmImport:choose'));
      await timed(preview, () => call(runtime, 'crmImport:preview', { importId: chosen.importId, mapping: chosen.mapping, dateOrder: 'mdy', duplicates: 'skip' }));
    }
    const line = (name: string, s: { cpu: number[]; wall: number[] }) => {
      const c = stats(s.cpu);
      const w = stats(s.wall);
      console.log(`${name.padEnd(28)} CPU p50 ${c.p50.toFixed(0)} p95 ${c.p95.toFixed(0)} ms · wall p50 ${w.p50.toFixed(0)} p95 ${w.p95.toFixed(0)} ms`);
    };
    console.log(`CRM CSV file of ${CSV_ROWS.toLocaleString('en-US')} rows`);
    line('choose (read, decode, parse)', choose);
    line('preview (validate every row)', preview);
  } finally {
    await runtime.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
