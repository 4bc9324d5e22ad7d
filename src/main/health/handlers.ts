import type { DomainHandlers } from '../ipc/handlers-type';
import { getAccount } from '../accounts/service';
import { acknowledgeAlert, alertsOf, closeAlert } from './alerts';
import { listRenewals, recordRenewal } from './renewals';
import { clearOverride, getAccountHealth, recordCheck, setOverride } from './service';
import { getHealthSettings, updateHealthSettings } from './settings';

export const healthHandlers: DomainHandlers<'health'> = {
  get: (ctx, { accountId }) => getAccountHealth(ctx.store, accountId, ctx.now()),
  recordCheck: (ctx, input) => recordCheck(ctx.store, input, ctx.now()).check,
  setOverride: (ctx, input) => setOverride(ctx.store, input, ctx.now()),
  clearOverride: (ctx, { accountId }) => clearOverride(ctx.store, accountId, ctx.now()),
  settings: (ctx) => getHealthSettings(ctx.store),
  updateSettings: (ctx, input) => updateHealthSettings(ctx.store, input),
  alerts: (ctx, input) => alertsOf(ctx.store, input),
  acknowledgeAlert: (ctx, { id, action }) => acknowledgeAlert(ctx.store, id, action, ctx.now()),
  closeAlert: (ctx, { id, outcome }) => closeAlert(ctx.store, id, outcome, ctx.now()),
  recordRenewal: (ctx, input) => recordRenewal(ctx.store, input, ctx.now()),
  renewals: (ctx, { accountId }) => {
    getAccount(ctx.store, accountId);
    return listRenewals(ctx.store, accountId);
  },
};

