/** One backup as retention sees it. */
export interface Retained {
  name: string;
  createdAt: Date;
  kind: string;
}

const DAY_MS = 86_400_000;

/** Monday-based week number since the epoch (1970-01-01 was a Thursday), in UTC. */
function weekIndex(at: Date): number {
  return Math.floor((Math.floor(at.getTime() / DAY_MS) + 3) / 7);
}

function dayIndex(at: Date): number {
  return Math.floor(at.getTime() / DAY_MS);
}

/**
 * Which backups to delete: of the ordinary ones (automatic, manual, pre-restore) the newest of
 * each of the 7 newest days is kept, and the newest of each of the 4 newest weeks; everything
 * else goes. Pre-migration copies are never chosen here: they stay until the next successful
 * start (`expiredPreMigration`). Names in `protect` (the backup just written, any being written)
 * are never chosen, whatever their date says.
 */
export function backupsToDelete(backups: readonly Retained[], protect: ReadonlySet<string> = new Set()): string[] {
  // Newest first; at the same instant a protected one (just written) comes first, so it is its day's and week's representative.
  const ordinary = backups
    .filter((b) => b.kind !== 'pre-migration')
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || Number(protect.has(b.name)) - Number(protect.has(a.name)));
  const keep = new Set<string>();
  const newestPer = (bucket: (at: Date) => number, count: number) => {
    const seen = new Set<number>();
    for (const b of ordinary) {
      const key = bucket(b.createdAt);
      if (seen.has(key)) continue;
      if (seen.size === count) break;
      seen.add(key);
      keep.add(b.name);
    }
  };
  newestPer(dayIndex, 7);
  newestPer(weekIndex, 4);
  return ordinary.filter((b) => !keep.has(b.name) && !protect.has(b.name)).map((b) => b.name);
}

/** Pre-migration copies written before this start: a start that succeeded no longer needs them. */
export function expiredPreMigration(backups: readonly Retained[], startedAt: Date): string[] {
  return backups.filter((b) => b.kind === 'pre-migration' && b.createdAt.getTime() < startedAt.getTime()).map((b) => b.name);
}
