import type { DomainHandlers } from '../ipc/handlers-type';
import { listBlockers } from './repository';
import { raiseBlocker, reopenBlocker, resolveBlocker, setBlockerOwner } from './service';

export const blockerHandlers: DomainHandlers<'blockers'> = {
  list: (ctx, input) => listBlockers(ctx.store, input),
  raise: (ctx, input) => raiseBlocker(ctx.store, input, ctx.now()),
  resolve: (ctx, { id }) => resolveBlocker(ctx.store, id, ctx.actor.name, ctx.now()),
  reopen: (ctx, { id }) => reopenBlocker(ctx.store, id, ctx.now()),
  setOwner: (ctx, { id, owner }) => setBlockerOwner(ctx.store, id, owner, ctx.now()),
};
