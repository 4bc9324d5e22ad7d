import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATABASE_FILE_NAME } from '../../src/main/db/open';

/**
 * What `app.crash()` needs beside the fixture: the database files frozen at the moment main
 * "dies", and a probe proving the page ran no unload handler.
 */

/**
 * The data file and its write-ahead log, byte for byte, as a killed process leaves them: only
 * what was committed (and so fsynced, synchronous=FULL) is in them.
 */
export function freezeDatabase(dataDir: string): () => void {
  const main = join(dataDir, DATABASE_FILE_NAME);
  const wal = `${main}-wal`;
  const frozen = { main: readFileSync(main), wal: existsSync(wal) ? readFileSync(wal) : null };
  // Puts the files back after the dead handle is gone (closing it would checkpoint the log into
  // the file and delete it, which a killed process never does). The shared-memory index is
  // rebuilt from the log by the next open, as after a real crash.
  return () => {
    writeFileSync(main, frozen.main);
    if (frozen.wal) writeFileSync(wal, frozen.wal);
    else rmSync(wal, { force: true });
    rmSync(`${main}-shm`, { force: true });
  };
}

/** How the probe's reports start, in the page's console. */
export const LIFECYCLE_PREFIX = '[fieldbook-lifecycle] ';

/**
 * Reports every page-leaving event to the fixture (through the console, which the DevTools
 * protocol still carries while a page unloads), so a crash can prove none of them ran.
 */
export const LIFECYCLE_PROBE = `(() => {
  const report = (event) => console.debug(${JSON.stringify(LIFECYCLE_PREFIX)} + event.type);
  for (const type of ['beforeunload', 'pagehide', 'unload', 'freeze']) window.addEventListener(type, report, true);
  document.addEventListener('visibilitychange', report, true);
})();`;
