import { buildBook } from './book';
import { evaluateBookTimes, growToBookL, healthCases } from './cases/health';
import { measure } from './measure';

/**
 * Only the health paths at book L (`BENCH_ENTRY=health npm run bench`): Today and the accounts
 * table with health, each warm (the same question again) and cold (after a write), and
 * evaluating the whole book. Check-in notes don't enter these paths, so the book has few.
 */
async function main(): Promise<void> {
  const now = new Date();
  const book = await buildBook(Number(process.env.FIELDBOOK_BENCH_ACCOUNTS ?? 2_000), Number(process.env.FIELDBOOK_BENCH_NOTES ?? 2_000), now);
  const grown = growToBookL(book, now);
  console.log(`Book L: ${book.accountIds.length} accounts, ${grown.checks.toLocaleString()} health checks, ${grown.tasks.toLocaleString()} tasks`);
  const f = (n: number) => n.toFixed(2).padStart(8);
  try {
    const evaluation = evaluateBookTimes(book, now);
    console.log(`evaluate the whole book                 CPU p50 ${f(evaluation.cpu.p50)}  p95 ${f(evaluation.cpu.p95)} · wall p50 ${f(evaluation.wall.p50)}  p95 ${f(evaluation.wall.p95)}`);
    for (const c of healthCases(book, now)) {
      const r = await measure(c);
      console.log(`${c.name.padEnd(56)} CPU handler p50 ${f(r.handler.cpu.p50)} p95 ${f(r.handler.cpu.p95)} · bare p50 ${f(r.bare.cpu.p50)} p95 ${f(r.bare.cpu.p95)}`);
    }
  } finally {
    await book.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
