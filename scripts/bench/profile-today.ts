import { buildBook } from './book';
import { growToBookL } from './cases/health';
import { stats } from './measure';
import { rankToday } from '../../src/main/today/ranking';

/**
 * Where Today spends its CPU right after a write, at book L (`BENCH_ENTRY=profile-today npm run bench`).
 * With BENCH_SAVE_BOOK=path the grown book is also written there, to try SQL against it by hand.
 */
async function main(): Promise<void> {
  const now = new Date();
  const book = await buildBook(2_000, 500, now);
  growToBookL(book, now);
  const store = book.runtime.store!;
  try {
    const save = process.env.BENCH_SAVE_BOOK;
    if (save) store.sqlite.prepare('VACUUM INTO ?').run(save);
    const samples: number[] = [];
    rankToday(store, {}, now);
    for (let i = 0; i < 25; i++) {
      store.sqlite.prepare('UPDATE accounts SET notes = notes WHERE rowid = 1').run();
      const start = process.cpuUsage();
      rankToday(store, {}, now);
      const used = process.cpuUsage(start);
      samples.push((used.user + used.system) / 1000);
    }
    const s = stats(samples);
    console.log(`rankToday after a write (book L)  CPU p50 ${s.p50.toFixed(2)}  p95 ${s.p95.toFixed(2)} ms`);
  } finally {
    await book.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
