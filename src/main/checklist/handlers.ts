import type { DomainHandlers } from '../ipc/handlers-type';
import { addChecklistItem, openChecklist, removeChecklistItem, restoreChecklistItem, updateChecklistItem } from './service';

export const checklistHandlers: DomainHandlers<'checklist'> = {
  open: (ctx, { accountId }) => openChecklist(ctx.store, accountId, ctx.now()),
  update: (ctx, input) => updateChecklistItem(ctx.store, input, ctx.now(), ctx.actor),
  addItem: (ctx, input) => addChecklistItem(ctx.store, input, ctx.now(), ctx.actor),
  removeItem: (ctx, { id }) => removeChecklistItem(ctx.store, id, ctx.now()),
  restoreItem: (ctx, { id }) => restoreChecklistItem(ctx.store, id),
};
