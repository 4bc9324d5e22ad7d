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

export const lifecycleHandlers: DomainHandlers<'lifecycle'> = {
  get: (ctx, { accountId }) => getAccountLifecycle(ctx.store, accountId, ctx.now()),
  book: (ctx) => getBookLifecycle(ctx.store, ctx.now()),
  shareKitItem: (ctx, input) => shareKitItem(ctx.store, input, ctx.now()),
  unshareKitItem: (ctx, input) => unshareKitItem(ctx.store, input, ctx.now()),
  addGoal: (ctx, input) => addGoal(ctx.store, input, ctx.now()),
  updateGoal: (ctx, input) => updateGoal(ctx.store, input, ctx.now()),
  addMilestone: (ctx, input) => addMilestone(ctx.store, input, ctx.now()),
  updateMilestone: (ctx, input) => updateMilestone(ctx.store, input, ctx.now()),
  recordSurvey: (ctx, input) => recordSurvey(ctx.store, input, ctx.now()),
  addTicket: (ctx, input) => addTicket(ctx.store, input, ctx.now()),
  updateTicket: (ctx, input) => updateTicket(ctx.store, input, ctx.now()),
  openEscalation: (ctx, input) => openEscalation(ctx.store, input, ctx.now(), getSettings(ctx.store).smbEscalationResponseMinutes),
  stepEscalation: (ctx, input) => stepEscalation(ctx.store, input, ctx.now()),
  remove: (ctx, input) => removeLifecycleRecord(ctx.store, input, ctx.now()),
};
