import { existsSync, renameSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The dated name a refused data file is moved to: `fieldbook-refused-2026-11-30T17-00-00-000Z.sqlite`, beside it. */
export function refusedAsideName(databaseFile: string, at: Date): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const base = basename(databaseFile).replace(/\.sqlite$/, '');
  let target = join(dirname(databaseFile), `${base}-refused-${stamp}.sqlite`);
  for (let n = 2; existsSync(target); n += 1) target = join(dirname(databaseFile), `${base}-refused-${stamp}-${n}.sqlite`);
  return target;
}

/**
 * Moves a refused data file aside, with its -wal and -shm (they belong to it). A rename only, so
 * not a byte of it is written; nothing is ever deleted.
 */
export function moveAside(databaseFile: string, target: string): void {
  if (existsSync(databaseFile)) renameSync(databaseFile, target);
  for (const suffix of ['-wal', '-shm']) {
    if (existsSync(`${databaseFile}${suffix}`)) renameSync(`${databaseFile}${suffix}`, `${target}${suffix}`);
  }
}
