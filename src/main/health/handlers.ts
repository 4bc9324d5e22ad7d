import type { DomainHandlers } from '../ipc/handlers-type';
import { getAccount } from '../accounts/service';
import { acknowledgeAlert, alertsOf, closeAlert } from './alerts';
import { listRenewals, recordRenewal } from './renewals';
import { clearOverride, getAccountHealth, recordCheck, setOverride } from './service';
import { getHealthSettings, updateHealthSettings } from './settings';
import { announceAlerts, announcing } from './refresh';
import { signalsFromRecords } from '../../shared/health/record-signals';
import { lifecycleHealthInputs } from '../lifecycle/health-inputs';

export const healthHandlers: DomainHandlers<'health'> = {
  get: (ctx, { accountId }) => getAccountHealth(ctx.store, accountId, ctx.now()),
  recordCheck: (ctx, input) => {
    const { check, raised } = recordCheck(ctx.store, input, ctx.now());
    announceAlerts(ctx, raised);
    return check;
  },
  setOverride: (ctx, input) => announcing(ctx, (raised) => setOverride(ctx.store, input, ctx.now(), raised)),
  clearOverride: (ctx, { accountId }) => announcing(ctx, (raised) => clearOverride(ctx.store, accountId, ctx.now(), raised)),
  settings: (ctx) => getHealthSettings(ctx.store),
  updateSettings: (ctx, input) => updateHealthSettings(ctx.store, input),
  alerts: (ctx, input) => alertsOf(ctx.store, input),
  acknowledgeAlert: (ctx, { id, action }) => announcing(ctx, (raised) => acknowledgeAlert(ctx.store, id, action, ctx.now(), raised)),
  closeAlert: (ctx, { id, outcome }) => announcing(ctx, (raised) => closeAlert(ctx.store, id, outcome, ctx.now(), raised)),
  recordRenewal: (ctx, input) => announcing(ctx, (raised) => recordRenewal(ctx.store, input, ctx.now(), raised)),
  renewals: (ctx, { accountId }) => {
    getAccount(ctx.store, accountId);
    return listRenewals(ctx.store, accountId);
  },
  recordSignals: (ctx, { accountId }) => signalsFromRecords(lifecycleHealthInputs(ctx.store, accountId, ctx.now())),
};

