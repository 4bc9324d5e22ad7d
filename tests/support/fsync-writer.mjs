// Child process for the fsync trace test: opens the data file the way the app does, optionally
// lowers `synchronous` (to show the test notices), creates accounts through the real service
// and writes "ack <n>" to stdout with a direct write(2) after each transaction committed.
import { writeSync } from 'node:fs';
import { createServer } from 'vite';

const [file, mode, count] = process.argv.slice(2);
const vite = await createServer({ configFile: false, logLevel: 'silent', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
const { openDatabase } = await vite.ssrLoadModule('/src/main/db/open.ts');
const { createStore } = await vite.ssrLoadModule('/src/main/db/store.ts');
const { createAccount } = await vite.ssrLoadModule('/src/main/accounts/service.ts');

const db = openDatabase(file);
if (mode === 'lowered') db.pragma('synchronous = OFF');
const store = createStore(db);
writeSync(1, 'ready\n');
for (let i = 0; i < Number(count); i++) {
  createAccount(
    store,
    { name: `Traced ${i}`, arr: 1000 + i, segmentOverride: null, stage: 'Adoption', ownerCsm: '', contractStart: null, renewalDate: null, productVersion: '', notes: '' },
    new Date(),
  );
  writeSync(1, `ack ${i}\n`);
}
db.close();
await vite.close();
