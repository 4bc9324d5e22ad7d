import type { Alert } from '../../shared/health/schema';
import type { Store } from '../db/store';
import { AppError } from '../ipc/app-error';
import { acknowledgeAlertRow, closeAlertRow, listAlerts } from './repository';
import { refreshAccountHealth, requireAlert, toAlert } from './service';

/**
 * Seed 004's closed loop: alert → action → outcome logged. Acknowledging records what was done
 * (the alert leaves Today, stays open on the account); closing records how it turned out.
 */
export function acknowledgeAlert(store: Store, id: string, action: string, now: Date, raised: Alert[] = []): Alert {
  return store.tx(() => {
    const alert = requireAlert(store, id);
    if (alert.status === 'closed') throw new AppError('CONFLICT', 'That alert is already closed.');
    acknowledgeAlertRow(store, id, action, now.toISOString());
    raised.push(...refreshAccountHealth(store, alert.accountId, now));
    return requireAlert(store, id);
  });
}

export function closeAlert(store: Store, id: string, outcome: string, now: Date, raised: Alert[] = []): Alert {
  return store.tx(() => {
    const alert = requireAlert(store, id);
    if (alert.status === 'closed') throw new AppError('CONFLICT', 'That alert is already closed.');
    closeAlertRow(store, id, outcome, now.toISOString());
    raised.push(...refreshAccountHealth(store, alert.accountId, now));
    return requireAlert(store, id);
  });
}

export function alertsOf(store: Store, filter: { accountId?: string | undefined; status?: 'active' | 'closed' | 'all' | undefined }): Alert[] {
  return listAlerts(store, { accountId: filter.accountId, status: filter.status ?? 'active' }).map(toAlert);
}
