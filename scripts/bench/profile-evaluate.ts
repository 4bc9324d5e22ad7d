import { buildBook } from './book';
import { growToBookL } from './cases/health';
import { stats } from './measure';
import * as repo from '../../src/main/health/repository';
import { recordFactsByAccount } from '../../src/main/health/record-facts';
import { evaluateBook } from '../../src/main/health/service';
import { rankToday } from '../../src/main/today/ranking';
import { localIsoDate } from '../../src/shared/dates/iso-date';

/** Where evaluating the whole book spends its CPU time, part by part (`BENCH_ENTRY=profile-evaluate npm run bench`). */
async function main(): Promise<void> {
  const now = new Date();
  const book = await buildBook(2_000, 500, now);
  growToBookL(book, now);
  const store = book.runtime.store!;
  const today = localIsoDate(now);
  const cpu = (label: string, fn: () => unknown, runs = 15) => {
    fn();
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      const start = process.cpuUsage();
      fn();
      const used = process.cpuUsage(start);
      samples.push((used.user + used.system) / 1000);
    }
    const s = stats(samples);
    console.log(`${label.padEnd(40)} CPU p50 ${s.p50.toFixed(2).padStart(8)}  p95 ${s.p95.toFixed(2).padStart(8)}`);
  };
  try {
    cpu('evaluateBook', () => evaluateBook(store, now));
    cpu('accountFacts', () => repo.accountFacts(store));
    cpu('latestTwoChecksOfBook', () => repo.latestTwoChecksOfBook(store));
    cpu('activeOverridesOfBook', () => repo.activeOverridesOfBook(store, today));
    cpu('championsLeft', () => repo.championsLeft(store));
    cpu('liveLicenses', () => repo.liveLicenses(store));
    cpu('activeAlerts', () => repo.activeAlerts(store));
    cpu('usedCauses', () => repo.usedCauses(store));
    cpu('allAccountHealth', () => repo.allAccountHealth(store));
    cpu('recordFactsByAccount', () => recordFactsByAccount(store, now));
    cpu('rankToday (cold: a write before each)', () => {
      store.sqlite.prepare("UPDATE accounts SET notes = notes WHERE rowid = 1").run();
      rankToday(store, {}, now);
    });
    cpu('rankToday (warm)', () => rankToday(store, {}, now));
  } finally {
    await book.dispose();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
