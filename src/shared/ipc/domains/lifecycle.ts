import { operation } from '../operation';
import {
  AccountLifecycle,
  AccountLifecycleInput,
  AddGoalInput,
  AddMilestoneInput,
  AddTicketInput,
  BookLifecycle,
  EscalationStepInput,
  KitItemRef,
  OpenEscalationInput,
  RecordSurveyInput,
  RemoveLifecycleRecordInput,
  ShareKitItemInput,
  UpdateGoalInput,
  UpdateMilestoneInput,
  UpdateTicketInput,
} from '../../lifecycle/schema';
import { z } from 'zod';

/**
 * The rest of the customer's life (issue 13): onboarding kit, success plan, surveys, tickets
 * and escalations. Every write answers with the account's whole lifecycle, flags worked out.
 */
export const lifecycle = {
  get: operation('lifecycle:get', AccountLifecycleInput, AccountLifecycle),
  book: operation('lifecycle:book', z.undefined(), BookLifecycle),
  shareKitItem: operation('lifecycle:shareKitItem', ShareKitItemInput, AccountLifecycle),
  unshareKitItem: operation('lifecycle:unshareKitItem', KitItemRef, AccountLifecycle),
  addGoal: operation('lifecycle:addGoal', AddGoalInput, AccountLifecycle),
  updateGoal: operation('lifecycle:updateGoal', UpdateGoalInput, AccountLifecycle),
  addMilestone: operation('lifecycle:addMilestone', AddMilestoneInput, AccountLifecycle),
  updateMilestone: operation('lifecycle:updateMilestone', UpdateMilestoneInput, AccountLifecycle),
  recordSurvey: operation('lifecycle:recordSurvey', RecordSurveyInput, AccountLifecycle),
  addTicket: operation('lifecycle:addTicket', AddTicketInput, AccountLifecycle),
  updateTicket: operation('lifecycle:updateTicket', UpdateTicketInput, AccountLifecycle),
  openEscalation: operation('lifecycle:openEscalation', OpenEscalationInput, AccountLifecycle),
  stepEscalation: operation('lifecycle:stepEscalation', EscalationStepInput, AccountLifecycle),
  remove: operation('lifecycle:remove', RemoveLifecycleRecordInput, AccountLifecycle),
};
