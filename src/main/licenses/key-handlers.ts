import type { DomainHandlers } from '../ipc/handlers-type';
import { exportPublicKey } from './files';
import { keyStoreStatus, listKeys, lockSigning, publicKeyText, rotateKeyAndErase, unlockSigning } from './keys';

export const keyHandlers: DomainHandlers<'keys'> = {
  status: (ctx) => keyStoreStatus(ctx.store, ctx.keyStore),
  list: (ctx) => listKeys(ctx.store),
  // The data check's worker reading the file holds the log's truncation back: waited for off the thread.
  rotate: (ctx) => rotateKeyAndErase(ctx.store, ctx.keyStore, ctx.now(), ctx.actor, () => ctx.dataCheck.whenIdle()),
  publicKey: (ctx, { id }) => publicKeyText(ctx.store, id),
  exportPublicKey: (ctx, { id, format }) => exportPublicKey(ctx, id, format),
  unlock: (ctx, { passphrase }) => unlockSigning(ctx.store, ctx.keyStore, passphrase),
  lock: (ctx) => lockSigning(ctx.store, ctx.keyStore),
};
