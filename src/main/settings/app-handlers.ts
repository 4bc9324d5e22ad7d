import type { AppStatus } from '../../shared/settings/schema';
import type { DomainHandlers } from '../ipc/handlers-type';
import { schemaVersion } from '../db/migrate';
import { generateSampleBook } from '../sample/generate';
import { generateSampleHealth } from '../sample/generate-health';

/** `app:status` is answered by the runtime itself (it works even when the store is unavailable). */
export function appHandlers(status: () => AppStatus): DomainHandlers<'app'> {
  return {
    status: () => status(),
    dataLocation: (ctx) => ({
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
      schemaVersion: schemaVersion(ctx.store.sqlite),
    }),
    revealDataFile: (ctx) => {
      ctx.reveal(ctx.databaseFile);
      return null;
    },
    loadSampleData: (ctx, { accounts }) => {
      const book = generateSampleBook(ctx.store, accounts, ctx.now(), Date.now() % 100_000);
      generateSampleHealth(ctx.store, book.accountIds, 8, ctx.now(), book.accounts);
      return { accounts: book.accounts, contacts: book.contacts };
    },
  };
}
