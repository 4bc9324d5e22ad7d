import { qbrPackBench } from './cases/qbr';

/** `BENCH_ENTRY=qbr npm run bench`: the QBR pack case alone (run.ts runs it after the book's cases too). */
export const QBR_TARGET_MS = 2_000;

export async function reportQbr(): Promise<boolean> {
  const r = await qbrPackBench(new Date());
  const shares = Object.entries(r.shares)
    .map(([k, v]) => `${k} ${v.toFixed(0)} %`)
    .join(', ');
  const met = r.total.p95 <= QBR_TARGET_MS;
  console.log(
    `\nQBR pack, large account (200 notes, 100 feedback requests, 50 health checks, 300 tasks): p50 ${r.total.p50.toFixed(0)} ms, p95 ${r.total.p95.toFixed(0)} ms — target ≤ ${QBR_TARGET_MS} ms: ${met ? 'ok' : 'missed'}`,
  );
  console.log(`  time per file: ${shares}`);
  console.log(`  sizes: ${Object.entries(r.bytes).map(([k, v]) => `${k} ${(v / 1024).toFixed(0)} KB`).join(', ')}`);
  return met;
}

if (process.env.BENCH_ENTRY === 'qbr') {
  reportQbr().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
