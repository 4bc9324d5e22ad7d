import { randomUUID } from 'node:crypto';
import type { Segment } from '../../shared/accounts/segments';
import { localIsoDate } from '../../shared/dates/iso-date';
import { CADENCE_KINDS, contractPlan, nextCadenceDue, onboardingPlan, SEGMENT_CADENCE } from '../../shared/tasks/playbook';
import type { TaskSourceKind } from '../../shared/tasks/schema';
import type { TasksTable } from '../db/schema';
import { cadenceKey } from './cadence';
import { isStale, onboardingKey, renewalKey } from './playbook';

/** A just-inserted account as the generators read it. */
export interface NewAccountFacts {
  id: string;
  contractStart: string | null;
  renewalDate: string | null;
  ownerCsm: string;
  /** The effective segment (the override, else the one its ARR gives). */
  segment: Segment;
  stage: string;
}

/**
 * The task rows `createAccount` ends up with for an account that did not exist a moment ago —
 * its onboarding timeline (when asked), renewal tasks and rolling sync / QBR tasks — worked out
 * without reading the database, for writing many accounts at once (the CRM import). Valid only
 * for a fresh account id: nothing can hold its keys yet, it has no notes or QBR exports, and
 * no task of it was ticked done. Follows `layOutOnboarding`, `syncRenewalTasks` and
 * `syncCadenceTasks` step for step and in the same order; a unit test compares the two paths.
 */
export function newAccountTasks(account: NewAccountFacts, now: Date, options: { onboarding: boolean }): TasksTable[] {
  const at = now.toISOString();
  const rows: TasksTable[] = [];
  const keys = new Set<string>();
  const add = (title: string, dueOn: string, kind: TaskSourceKind, sourceId: string, dedupeKey: string) => {
    // A key met twice is one task, as createTask's dedupe makes it.
    if (keys.has(dedupeKey)) return;
    keys.add(dedupeKey);
    rows.push({
      id: randomUUID(),
      account_id: account.id,
      title,
      owner: account.ownerCsm,
      due_on: dueOn,
      done_at: null,
      snoozed_until: null,
      source_kind: kind,
      source_id: sourceId,
      dedupe_key: dedupeKey,
      source_removed_at: null,
      details: '',
      created_at: at,
      updated_at: at,
    });
  };
  if (options.onboarding) {
    for (const step of onboardingPlan(account.contractStart ?? localIsoDate(now))) {
      if (!isStale(step.dueOn, now)) add(step.title, step.dueOn, 'playbook', step.key, onboardingKey(account.id, step.key));
    }
  }
  if (account.renewalDate) {
    for (const plan of contractPlan(account.contractStart, account.renewalDate)) {
      for (const step of plan.steps) {
        if (!isStale(step.dueOn, now)) add(step.title, step.dueOn, 'renewal', step.key, renewalKey(account.id, plan.anchor, step.key));
      }
    }
  }
  if (account.stage !== 'Churned') {
    // No meeting held yet: the cadence counts from the contract start, else the day it was created.
    const from = account.contractStart ?? localIsoDate(new Date(at));
    for (const kind of CADENCE_KINDS) {
      const step = SEGMENT_CADENCE[account.segment][kind];
      if (!step) continue;
      const dueOn = nextCadenceDue(from, step);
      add(step.title, dueOn, 'cadence', kind, cadenceKey(account.id, kind, dueOn));
    }
  }
  return rows;
}
