import { operation } from '../operation';
import { AddActionItemInput, CheckinNote, ListNotesInput, NoteIdInput, SaveNoteInput, Timeline } from '../../checkins/schema';
import { Task } from '../../tasks/schema';

export const checkins = {
  list: operation('checkins:list', ListNotesInput, Timeline),
  get: operation('checkins:get', NoteIdInput, CheckinNote),
  save: operation('checkins:save', SaveNoteInput, CheckinNote),
  remove: operation('checkins:remove', NoteIdInput, CheckinNote),
  restore: operation('checkins:restore', NoteIdInput, CheckinNote),
  addActionItem: operation('checkins:addActionItem', AddActionItemInput, Task),
};
