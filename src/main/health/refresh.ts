import type { MainContext } from '../context';
import { refreshAccountHealth } from './service';

/**
 * Re-evaluates an account's health and triggers after a change made elsewhere (a contact who
 * left, a new renewal date, a license issued or revoked), then hands back that change's result.
 */
export function withHealthRefresh<T>(ctx: MainContext, accountId: string, result: T): T {
  refreshAccountHealth(ctx.store, accountId, ctx.now());
  return result;
}
