import { randomUUID } from 'node:crypto';
import { localIsoDate } from '../../shared/dates/iso-date';
import { addMonths } from '../../shared/dates/months';
import { retention } from '../../shared/health/retention';
import type { Alert, Portfolio, RecordRenewalInput, RenewalRecord } from '../../shared/health/schema';
import type { LossReason, RenewalOutcome } from '../../shared/health/retention';
import type { Store } from '../db/store';
import { getAccount, updateAccount } from '../accounts/service';
import { AppError } from '../ipc/app-error';
import { closeAlertsOfKinds, insertRenewalOutcome, outcomesSince, renewalOutcomes } from './repository';
import { renewalsBetween, renewalsPassed, tierRows } from './portfolio-repository';
import { refreshAccountHealth } from './service';
import type { RenewalOutcomesTable } from '../db/schema';

const toRecord = (r: RenewalOutcomesTable): RenewalRecord => ({
  id: r.id,
  accountId: r.account_id,
  renewalDate: r.renewal_date,
  outcome: r.outcome as RenewalOutcome,
  previousArr: r.previous_arr_cents / 100,
  newArr: r.new_arr_cents / 100,
  reason: r.reason as LossReason | null,
  reasonText: r.reason_text,
  recordedAt: r.recorded_at,
});

/**
 * Records how a renewal went (when its date passed, or early): the outcome, the new ARR and for
 * a loss its reason. The account's ARR and renewal date move on (a churned one becomes Churned),
 * its renewal tasks follow the new date and its open renewal alerts close with the outcome.
 */
export function recordRenewal(store: Store, input: RecordRenewalInput, now: Date, raised: Alert[] = []): RenewalRecord {
  const today = localIsoDate(now);
  if (input.nextRenewalDate && input.nextRenewalDate <= today) {
    throw new AppError('INVALID_INPUT', 'The next renewal date is after today', [{ path: ['nextRenewalDate'], message: 'The next renewal date is after today' }]);
  }
  return store.tx(() => {
    const account = getAccount(store, input.accountId);
    if (account.stage === 'Churned') throw new AppError('CONFLICT', `${account.name} has already churned.`);
    const renewalDate = account.renewalDate ?? today;
    const id = randomUUID();
    insertRenewalOutcome(store, {
      id,
      account_id: account.id,
      renewal_date: renewalDate,
      counts_on: renewalDate < today ? renewalDate : today,
      outcome: input.outcome,
      previous_arr_cents: Math.round(account.arr * 100),
      new_arr_cents: Math.round(input.newArr * 100),
      reason: input.reason,
      reason_text: input.reasonText,
      next_renewal_date: input.nextRenewalDate,
      recorded_at: now.toISOString(),
    });
    updateAccount(
      store,
      account.id,
      {
        name: account.name,
        arr: input.newArr,
        segmentOverride: account.segmentOverride,
        stage: input.outcome === 'churned' ? 'Churned' : account.stage,
        ownerCsm: account.ownerCsm,
        contractStart: account.contractStart,
        renewalDate: input.outcome === 'churned' ? account.renewalDate : input.nextRenewalDate,
        productVersion: account.productVersion,
        notes: account.notes,
      },
      now,
    );
    closeAlertsOfKinds(store, account.id, ['renewal-60', 'renewal-90'], `Renewal recorded: ${input.outcome}.`, now.toISOString());
    raised.push(...refreshAccountHealth(store, account.id, now));
    return toRecord(renewalOutcomes(store, account.id).find((r) => r.id === id)!);
  });
}

export function listRenewals(store: Store, accountId: string): RenewalRecord[] {
  return renewalOutcomes(store, accountId).map(toRecord);
}

const quarterOf = (today: string): { from: string; to: string } => {
  const [y, m] = today.split('-').map(Number) as [number, number];
  const startMonth = Math.floor((m - 1) / 3) * 3 + 1;
  const from = `${y}-${String(startMonth).padStart(2, '0')}-01`;
  return { from, to: addMonths(from, 3) };
};

/**
 * The portfolio figures at the top of Today: accounts and ARR per tier, average health, ARR at
 * risk (At-risk and Critical accounts), renewals this quarter, and GRR / NRR from recorded
 * outcomes, with the renewals that passed unrecorded listed rather than counted.
 */
export function portfolio(store: Store, now: Date): Portfolio {
  const today = localIsoDate(now);
  const rows = tierRows(store);
  const tiers = { green: 0, yellow: 0, red: 0, unscored: 0 };
  const arrByTier = { green: 0, yellow: 0, red: 0, unscored: 0 };
  let scoreSum = 0;
  let scored = 0;
  let arrAtRisk = 0;
  for (const r of rows) {
    const key = r.tier === 'green' || r.tier === 'yellow' || r.tier === 'red' ? r.tier : 'unscored';
    tiers[key] += r.n;
    arrByTier[key] += r.arr_cents / 100;
    scoreSum += r.score_sum ?? 0;
    scored += r.scored;
    if (r.risk === 'at-risk' || r.risk === 'critical') arrAtRisk += r.arr_cents / 100;
  }
  const quarter = quarterOf(today);
  const renewals = renewalsBetween(store, quarter.from, quarter.to);
  const from = addMonths(today, -12);
  const records = outcomesSince(store, from).map((r) => ({ accountId: r.account_id, on: r.counts_on, previousArr: r.previous_arr_cents / 100, newArr: r.new_arr_cents / 100 }));
  const notRecorded = renewalsPassed(store, today);
  const total = tiers.green + tiers.yellow + tiers.red + tiers.unscored;
  return {
    accounts: total,
    tiers,
    arrByTier,
    averageHealth: scored > 0 ? Math.round((scoreSum / scored) * 10) / 10 : null,
    arrAtRisk,
    renewalsThisQuarter: { count: renewals?.n ?? 0, arr: (renewals?.arr ?? 0) / 100 },
    retention: retention(records, today),
    notRecorded: notRecorded.map((a) => ({ accountId: a.id, name: a.name, renewalDate: a.renewal_date!, arr: a.arr_cents / 100 })),
  };
}
