import { operation } from '../operation';
import {
  AddChecklistItemInput,
  Checklist,
  ChecklistItemIdInput,
  OpenChecklistInput,
  UpdateChecklistItemInput,
} from '../../checklist/schema';

/** Every checklist operation answers with the whole checklist, so progress is always current. */
export const checklist = {
  /** Lays the checklist out on first open and brings it up to the current template. */
  open: operation('checklist:open', OpenChecklistInput, Checklist),
  update: operation('checklist:update', UpdateChecklistItemInput, Checklist),
  addItem: operation('checklist:addItem', AddChecklistItemInput, Checklist),
  removeItem: operation('checklist:removeItem', ChecklistItemIdInput, Checklist),
  restoreItem: operation('checklist:restoreItem', ChecklistItemIdInput, Checklist),
};
