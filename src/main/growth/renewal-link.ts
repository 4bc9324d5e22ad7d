import type { RenewalOutcome } from '../../shared/health/retention';
import { OPEN_STAGES, stageAtRenewal } from '../../shared/growth/schema';
import type { Store } from '../db/store';
import { AppError } from '../ipc/app-error';
import { findOpportunity, updateOpportunityRow } from './repository';

/**
 * Issue 14: "expansion recorded at renewal links back to the opportunity it closed". Called by
 * the health domain inside the transaction that records the renewal outcome, so the outcome and
 * the opportunity's new stage are written together or not at all. Guardrails don't apply: the
 * renewal conversation is seed 003's natural moment to talk about more.
 */
export function closeOpportunityAtRenewal(
  store: Store,
  link: { opportunityId: string; accountId: string; renewalOutcomeId: string; outcome: RenewalOutcome },
  now: Date,
): void {
  const refuse = (message: string) => new AppError('INVALID_INPUT', message, [{ path: ['opportunityId'], message }]);
  const opportunity = findOpportunity(store, link.opportunityId);
  if (!opportunity || opportunity.accountId !== link.accountId) throw refuse('That opportunity is not one of this account’s');
  if (!OPEN_STAGES.includes(opportunity.stage)) throw refuse(`That opportunity is already ${opportunity.stage}`);
  updateOpportunityRow(store, opportunity.id, {
    stage: stageAtRenewal(link.outcome),
    renewal_outcome_id: link.renewalOutcomeId,
    updated_at: now.toISOString(),
  });
}
