/** One path measured both ways: through the IPC handler and as bare SQL. */
export interface BenchCase {
  name: string;
  iterations: number;
  /** Picks the input of iteration `i` (both sides then work on it). */
  next?: (i: number) => void;
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

/** Wall-clock time, and the CPU time this process spent (less disturbed by other work on the machine). */
export interface Timings {
  wall: Stats;
  cpu: Stats;
}

class Sampler {
  private readonly wall: number[] = [];
  private readonly cpu: number[] = [];
  async time(fn: () => unknown): Promise<void> {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    await fn();
    this.wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(cpu);
    this.cpu.push((used.user + used.system) / 1000);
  }
  result(): Timings {
    return { wall: stats(this.wall), cpu: stats(this.cpu) };
  }
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return { p50: at(0.5), p95: at(0.95) };
}

/**
 * Runs handler and bare SQL alternately, so a noisy neighbour on a shared machine slows both
 * sides alike, after a warm-up that fills the statement caches. Which side goes first also
 * alternates: the second one finds the first one's pages in SQLite's cache.
 */
export async function measure(c: BenchCase): Promise<{ handler: Timings; bare: Timings; naive?: Timings }> {
  for (let i = 0; i < 10; i++) {
    await c.handler();
    c.bare();
  }
  const h = new Sampler();
  const b = new Sampler();
  for (let i = 0; i < c.iterations; i++) {
    c.next?.(i);
    if (i % 2 === 0) {
      await h.time(c.handler);
      await b.time(c.bare);
    } else {
      await b.time(c.bare);
      await h.time(c.handler);
    }
  }
  let naive: Timings | undefined;
  if (c.naive) {
    const n = new Sampler();
    c.naive.run();
    for (let i = 0; i < c.naive.iterations; i++) await n.time(c.naive.run);
    naive = n.result();
  }
  return { handler: h.result(), bare: b.result(), ...(naive ? { naive } : {}) };
}
