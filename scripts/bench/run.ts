import { buildBook } from './book';
import { measure, type BenchCase, type Stats } from './measure';
import { saveCase, timelineCase } from './cases/checkins';
import { checklistCases } from './cases/checklist';
import { noteMatches, searchCase } from './cases/search';

const ACCOUNTS = 2_000;
const NOTES = 100_000;
const RATIO_TARGET = 1.5;
const COMMON_SEARCH_P95_TARGET = 16;

const f = (n: number) => n.toFixed(3).padStart(8);
const line = (s: Stats) => `${f(s.p50)} ${f(s.p95)}`;

async function main(): Promise<void> {
  const now = new Date();
  const started = Date.now();
  console.log(`Building a book of ${ACCOUNTS} accounts and ${NOTES} check-in notes in a temp folder…`);
  const book = buildBook(ACCOUNTS, NOTES, now);
  console.log(`  ${book.reused ? "reused the book in FIELDBOOK_BENCH_DIR" : "built"} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const common = 'platform';
  const rare = 'kerberos';
  console.log(`  "${common}" is in ${noteMatches(book, common)} notes, "${rare}" in ${noteMatches(book, rare)}\n`);

  const cases: BenchCase[] = [
    timelineCase(book),
    saveCase(book),
    searchCase(book, 'common', common, 200),
    searchCase(book, 'rare', rare, 300),
    ...checklistCases(book),
  ];

  console.log(`${'path'.padEnd(52)} ${'handler p50      p95'.padEnd(18)}   ${'bare SQL p50     p95'.padEnd(18)}   ratio p50  p95   (ms)`);
  let failed = false;
  try {
    for (const c of cases) {
      const r = await measure(c);
      const ratio50 = r.handler.p50 / r.bare.p50;
      const ratio95 = r.handler.p95 / r.bare.p95;
      const ok = ratio95 <= RATIO_TARGET;
      if (!ok) failed = true;
      console.log(`${c.name.padEnd(52)} ${line(r.handler)}   ${line(r.bare)}   ${ratio50.toFixed(2).padStart(6)}× ${ratio95.toFixed(2).padStart(5)}×  ${ok ? 'ok' : `over ${RATIO_TARGET}×`}`);
      if (c.naive && r.naive) console.log(`${`  (${c.naive.label})`.padEnd(52)} ${''.padEnd(18)}   ${line(r.naive)}`);
      if (c.name.startsWith('search a common')) {
        const within = r.handler.p95 <= COMMON_SEARCH_P95_TARGET;
        if (!within) failed = true;
        console.log(`${'  common-word search p95 target'.padEnd(52)} ≤ ${COMMON_SEARCH_P95_TARGET} ms: ${within ? 'ok' : 'MISSED'} (${r.handler.p95.toFixed(2)} ms)`);
      }
    }
    if (checklistCases(book).length === 0) console.log(`${'load a checklist'.padEnd(52)} not measured: no checklist case yet (scripts/bench/cases/checklist.ts)`);
  } finally {
    await book.dispose();
  }
  console.log(`\nDone in ${((Date.now() - started) / 1000).toFixed(1)} s${failed ? ' — some targets missed (see above)' : ', every target met'}.`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
