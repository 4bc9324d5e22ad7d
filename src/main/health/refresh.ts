import type { Alert } from '../../shared/health/schema';
import { events } from '../../shared/ipc/contract';
import type { MainContext } from '../context';
import type { ChampionSnapshot } from '../../shared/health/champion';
import { raiseChampionChange, refreshAccountHealth } from './service';

/** Tells an open page that alerts were raised (Today and the account's Health tab refresh at once). */
export function announceAlerts(ctx: Pick<MainContext, 'emit'>, raised: readonly Alert[]): void {
  if (raised.length > 0) ctx.emit(events.alertsRaised, { alerts: [...raised] });
}

/**
 * Runs a health action with a list its refreshes add raised alerts to, then announces them.
 */
export function announcing<T>(ctx: MainContext, act: (raised: Alert[]) => T): T {
  const raised: Alert[] = [];
  const result = act(raised);
  announceAlerts(ctx, raised);
  return result;
}

/**
 * Re-evaluates an account's health and triggers after a change made elsewhere (a contact who
 * left, a new renewal date, a license issued or revoked), then hands back that change's result.
 */
export function withHealthRefresh<T>(ctx: MainContext, accountId: string, result: T): T {
  announceAlerts(ctx, refreshAccountHealth(ctx.store, accountId, ctx.now()));
  return result;
}

/**
 * After a contact edit: raises "champion changed role" when the champion's title or role
 * changed or they are no longer the champion, re-evaluates the account and announces alerts.
 */
export function withChampionWatch<T>(ctx: MainContext, accountId: string, before: ChampionSnapshot, after: ChampionSnapshot, result: T): T {
  announceAlerts(ctx, raiseChampionChange(ctx.store, accountId, before, after, ctx.now()));
  return result;
}
