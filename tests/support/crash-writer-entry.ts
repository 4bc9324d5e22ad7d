// The crash test's writer, bundled once per run into plain Node (no Vite per process, so a
// round costs a Node start-up): opens the data file as the app does and creates accounts
// through the real service, printing each id only after its transaction committed.
import { openDatabase } from '../../src/main/db/open';
import { createStore } from '../../src/main/db/store';
import { createAccount } from '../../src/main/accounts/service';

const [file, prefix] = process.argv.slice(2) as [string, string];
const store = createStore(openDatabase(file));
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const account = createAccount(
    store,
    { name: `${prefix} ${i}`, arr: 1000 + i, segmentOverride: null, stage: 'Adoption', ownerCsm: '', contractStart: null, renewalDate: null, productVersion: '', notes: 'x'.repeat(2000) },
    new Date(),
  );
  process.stdout.write(`ack ${account.id}\n`);
}
