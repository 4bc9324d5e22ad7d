import type { AccountLifecycle } from '../../shared/lifecycle/schema';
import type { MainContext } from '../context';
import { withHealthRefresh } from '../health/refresh';
import type { DomainHandlers } from '../ipc/handlers-type';
import { getSettings } from '../settings/service';
import {
  addGoal,
  addMilestone,
  addTicket,
  getAccountLifecycle,
  getBookLifecycle,
  openEscalation,
  recordSurvey,
  removeLifecycleRecord,
  shareKitItem,
  stepEscalation,
  unshareKitItem,
  updateGoal,
  updateMilestone,
  updateTicket,
} from './service';

/**
 * Milestones, tickets, escalations and surveys feed health's triggers (issue 13): after each
 * change the account's health is re-evaluated and any alert it raises is announced.
 */
const refreshed = (ctx: MainContext, life: AccountLifecycle): AccountLifecycle => withHealthRefresh(ctx, life.accountId, life);

export const lifecycleHandlers: DomainHandlers<'lifecycle'> = {
  get: (ctx, { accountId }) => getAccountLifecycle(ctx.store, accountId, ctx.now()),
  book: (ctx) => getBookLifecycle(ctx.store, ctx.now()),
  shareKitItem: (ctx, input) => refreshed(ctx, shareKitItem(ctx.store, input, ctx.now())),
  unshareKitItem: (ctx, input) => refreshed(ctx, unshareKitItem(ctx.store, input, ctx.now())),
  addGoal: (ctx, input) => refreshed(ctx, addGoal(ctx.store, input, ctx.now())),
  updateGoal: (ctx, input) => refreshed(ctx, updateGoal(ctx.store, input, ctx.now())),
  addMilestone: (ctx, input) => refreshed(ctx, addMilestone(ctx.store, input, ctx.now())),
  updateMilestone: (ctx, input) => refreshed(ctx, updateMilestone(ctx.store, input, ctx.now())),
  recordSurvey: (ctx, input) => refreshed(ctx, recordSurvey(ctx.store, input, ctx.now())),
  addTicket: (ctx, input) => refreshed(ctx, addTicket(ctx.store, input, ctx.now())),
  updateTicket: (ctx, input) => refreshed(ctx, updateTicket(ctx.store, input, ctx.now())),
  openEscalation: (ctx, input) => refreshed(ctx, openEscalation(ctx.store, input, ctx.now(), getSettings(ctx.store).smbEscalationResponseMinutes)),
  stepEscalation: (ctx, input) => refreshed(ctx, stepEscalation(ctx.store, input, ctx.now())),
  remove: (ctx, input) => refreshed(ctx, removeLifecycleRecord(ctx.store, input, ctx.now())),
};
