import { buildBook } from './book';
import { launchCase } from './cases/launch';

/**
 * Only the launch-to-data figure at book L (`BENCH_ENTRY=launch node scripts/bench.mjs`): the
 * full bench takes minutes; this builds the book (or reuses FIELDBOOK_BENCH_DIR's) and times launches.
 */
async function main(): Promise<void> {
  const book = await buildBook(Number(process.env.FIELDBOOK_BENCH_ACCOUNTS ?? 2_000), Number(process.env.FIELDBOOK_BENCH_NOTES ?? 100_000), new Date());
  try {
    await book.runtime.close();
    const row = await launchCase(book);
    console.log(`${row.name}: p50 ${row.handler.p50.toFixed(0)} ms, p95 ${row.handler.p95.toFixed(0)} ms (old launch: p50 ${row.bare.p50.toFixed(0)} ms, p95 ${row.bare.p95.toFixed(0)} ms)`);
    for (const note of row.notes) console.log(note);
  } finally {
    await book.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
