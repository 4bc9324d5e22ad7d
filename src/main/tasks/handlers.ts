import type { DomainHandlers } from '../ipc/handlers-type';
import { getAccount } from '../accounts/service';
import { listTasks } from './repository';
import { createTask, removeTask, setTaskDone, snoozeTask, updateTask } from './service';

export const taskHandlers: DomainHandlers<'tasks'> = {
  list: (ctx, input) => listTasks(ctx.store, input),
  create: (ctx, { accountId, fields }) => {
    getAccount(ctx.store, accountId);
    return createTask(ctx.store, { accountId, ...fields, source: { kind: 'manual', id: null } }, ctx.now());
  },
  update: (ctx, { id, fields }) => updateTask(ctx.store, id, fields, ctx.now()),
  setDone: (ctx, { id, done }) => setTaskDone(ctx.store, id, done, ctx.now()),
  snooze: (ctx, { id, until }) => snoozeTask(ctx.store, id, until, ctx.now()),
  remove: (ctx, { id }) => removeTask(ctx.store, id),
};
