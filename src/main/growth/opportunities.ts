import { randomUUID } from 'node:crypto';
import { isMoveOn, OPEN_STAGES, type Opportunity, type OpportunityFields, type OpportunityStage } from '../../shared/growth/schema';
import type { Guardrail } from '../../shared/growth/guardrails';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { getAccount } from '../accounts/service';
import { checkGuardrails } from './guardrail-facts';
import {
  deleteOpportunity,
  findOpportunity,
  insertOpportunity,
  listOpportunityRows,
  opportunityColumns,
  updateOpportunityRow,
} from './repository';

export function listOpportunities(store: Store, accountId: string | undefined): Opportunity[] {
  if (accountId) getAccount(store, accountId);
  return listOpportunityRows(store, accountId);
}

export function requireOpportunity(store: Store, id: string): Opportunity {
  const o = findOpportunity(store, id);
  if (!o) throw notFound('That opportunity');
  return o;
}

/**
 * Seed 003's guardrails stand in the way of creating an opportunity or moving it on: with any
 * holding, the CSM must say why they go ahead (the note is kept with the reasons). Nothing is
 * written otherwise.
 */
function passGuardrails(store: Store, accountId: string, from: OpportunityStage | null, to: OpportunityStage, note: string | undefined, now: Date): Guardrail[] | null {
  if (!isMoveOn(from, to)) return null;
  const { guardrails } = checkGuardrails(store, accountId, now);
  if (guardrails.length === 0) return [];
  if (!note?.trim()) {
    const message = `Not a good time to upsell: ${guardrails.map((g) => g.reason).join(' ')} Add a note saying why you go ahead.`;
    throw new AppError('CONFLICT', message, [{ path: ['overrideNote'], message }]);
  }
  return guardrails;
}

export function createOpportunity(store: Store, accountId: string, fields: OpportunityFields, overrideNote: string | undefined, now: Date): Opportunity {
  return store.tx(() => {
    getAccount(store, accountId);
    const passed = passGuardrails(store, accountId, null, fields.stage, overrideNote, now) ?? [];
    const id = randomUUID();
    const at = now.toISOString();
    insertOpportunity(store, {
      id,
      account_id: accountId,
      ...opportunityColumns(fields),
      override_guardrails: JSON.stringify(passed),
      override_note: passed.length ? (overrideNote ?? '').trim() : '',
      renewal_outcome_id: null,
      created_at: at,
      updated_at: at,
    });
    return requireOpportunity(store, id);
  });
}

export function updateOpportunity(store: Store, id: string, fields: OpportunityFields, overrideNote: string | undefined, now: Date): Opportunity {
  return store.tx(() => {
    const current = requireOpportunity(store, id);
    const passed = passGuardrails(store, current.accountId, current.stage, fields.stage, overrideNote, now);
    updateOpportunityRow(store, id, {
      ...opportunityColumns(fields),
      // A move past guardrails records them and the note; other edits keep the last override.
      ...(passed && passed.length ? { override_guardrails: JSON.stringify(passed), override_note: (overrideNote ?? '').trim() } : {}),
      // Reopened after a renewal closed it: that renewal no longer settles it.
      ...(current.renewal && OPEN_STAGES.includes(fields.stage) ? { renewal_outcome_id: null } : {}),
      updated_at: now.toISOString(),
    });
    return requireOpportunity(store, id);
  });
}

export function removeOpportunity(store: Store, id: string): { id: string } {
  return store.tx(() => {
    requireOpportunity(store, id);
    deleteOpportunity(store, id);
    return { id };
  });
}

export { OPEN_STAGES };
