import type { DomainHandlers } from '../ipc/handlers-type';
import { listTimeline } from './repository';
import { addActionItem, getNote, removeNote, restoreNote, saveNote } from './service';

export const checkinHandlers: DomainHandlers<'checkins'> = {
  list: (ctx, input) => listTimeline(ctx.store, input),
  get: (ctx, { id }) => getNote(ctx.store, id),
  save: (ctx, input) => saveNote(ctx.store, input, ctx.now()),
  remove: (ctx, { id }) => removeNote(ctx.store, id, ctx.now()),
  restore: (ctx, { id }) => restoreNote(ctx.store, id, ctx.now()),
  addActionItem: (ctx, { noteId, fields }) => addActionItem(ctx.store, noteId, fields, ctx.now()),
};
