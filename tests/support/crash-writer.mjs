// Child process for the crash test: opens the data file the way the app does and creates
// accounts through the real service, printing each id only after its transaction committed.
// The parent kills this process with SIGKILL at a random moment.
import { createServer } from 'vite';

const [file, prefix] = process.argv.slice(2);
const vite = await createServer({ configFile: false, logLevel: 'silent', server: { middlewareMode: true, hmr: false }, appType: 'custom' });
const { openDatabase } = await vite.ssrLoadModule('/src/main/db/open.ts');
const { createStore } = await vite.ssrLoadModule('/src/main/db/store.ts');
const { createAccount } = await vite.ssrLoadModule('/src/main/accounts/service.ts');

const store = createStore(openDatabase(file));
process.stdout.write('ready\n');
for (let i = 0; ; i++) {
  const account = createAccount(
    store,
    {
      name: `${prefix} ${i}`,
      arr: 1000 + i,
      segmentOverride: null,
      stage: 'Adoption',
      ownerCsm: '',
      contractStart: null,
      renewalDate: null,
      productVersion: '',
      notes: 'x'.repeat(2000),
    },
    new Date(),
  );
  process.stdout.write(`ack ${account.id}\n`);
}
