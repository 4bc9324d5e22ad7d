import type { DomainHandlers } from '../ipc/handlers-type';
import { portfolio } from '../health/renewals';
import { rankToday } from './ranking';
import { summaries } from './summary';

export const todayHandlers: DomainHandlers<'today'> = {
  list: (ctx, input) => rankToday(ctx.store, input, ctx.now()),
  portfolio: (ctx) => portfolio(ctx.store, ctx.now()),
  summary: (ctx, input) => summaries(ctx.store, input),
};
