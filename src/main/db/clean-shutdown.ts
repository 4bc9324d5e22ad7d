import { existsSync, rmSync, writeFileSync } from 'node:fs';

/** Beside the data file while the app has it open; removed when the app closes it cleanly. */
const markerOf = (databaseFile: string) => `${databaseFile}.in-use`;

/**
 * Marks the data file as in use and says whether the last run ended without closing it (a
 * crash, a power cut, a killed process): the launch check is then the full `integrity_check`
 * rather than `quick_check`. The marker is its own small file: the data file is not touched.
 */
export function markInUse(databaseFile: string): { uncleanBefore: boolean } {
  const marker = markerOf(databaseFile);
  const uncleanBefore = existsSync(marker);
  try {
    writeFileSync(marker, `${process.pid}\n`);
  } catch {
    // A read-only folder: the quick check still runs; only the "after a crash" upgrade is lost.
  }
  return { uncleanBefore };
}

/** The data file was closed cleanly: the next launch needs no full check. */
export function markClosedCleanly(databaseFile: string): void {
  rmSync(markerOf(databaseFile), { force: true });
}
