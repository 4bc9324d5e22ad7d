/** One path measured both ways: through the IPC handler and as bare SQL. */
export interface BenchCase {
  name: string;
  iterations: number;
  /** The real path: runtime.invoke → validation, service, SQL, mapping. */
  handler: () => Promise<unknown>;
  /** The same SQL statements on the raw better-sqlite3 connection, nothing around them. */
  bare: () => unknown;
  /** Optional third column: the naive statement the handler's SQL improves on. */
  naive?: { label: string; run: () => unknown; iterations: number };
}

export interface Stats {
  p50: number;
  p95: number;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * Runs handler and bare SQL alternately, so a noisy neighbour on a shared machine slows both
 * sides alike, after a warm-up that fills the statement caches.
 */
export async function measure(c: BenchCase): Promise<{ handler: Stats; bare: Stats; naive?: Stats }> {
  for (let i = 0; i < 10; i++) {
    await c.handler();
    c.bare();
  }
  const h: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < c.iterations; i++) {
    let start = process.hrtime.bigint();
    await c.handler();
    h.push(ms(start));
    start = process.hrtime.bigint();
    c.bare();
    b.push(ms(start));
  }
  let naive: Stats | undefined;
  if (c.naive) {
    const n: number[] = [];
    c.naive.run();
    for (let i = 0; i < c.naive.iterations; i++) {
      const start = process.hrtime.bigint();
      c.naive.run();
      n.push(ms(start));
    }
    naive = stats(n);
  }
  return { handler: stats(h), bare: stats(b), ...(naive ? { naive } : {}) };
}
