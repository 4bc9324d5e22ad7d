import { addDays, daysBetween, localIsoDate } from '../../shared/dates/iso-date';
import { contractPlan, onboardingPlan, type AnchoredPlan } from '../../shared/tasks/playbook';
import type { Store } from '../db/store';
import { markOpenTasksDone, moveOpenTaskDue } from './repository';
import { createTask, removeOpenGeneratedTasksExcept } from './service';
import { findTaskIdByDedupeKey, keyedTasksOfKind, rekeyTask } from './repository';

export const onboardingKey = (accountId: string, step: string) => `playbook:${accountId}:${step}`;
const key = onboardingKey;

/**
 * Steps more than a month in the past are not laid out: an existing customer entered today
 * shouldn't arrive with a wall of overdue onboarding tasks.
 */
const STALE_AFTER_DAYS = 30;
export const isStale = (dueOn: string, now: Date) => dueOn < addDays(localIsoDate(now), -STALE_AFTER_DAYS);

/**
 * Lays out the onboarding timeline from the contract start (or today), or re-dates it when the
 * start changes: open steps move to their new day, done ones never move, and a step that the
 * new date brings into range is added.
 */
export function layOutOnboarding(
  store: Store,
  account: { id: string; contractStart: string | null; ownerCsm: string },
  now: Date,
): void {
  const start = account.contractStart ?? localIsoDate(now);
  for (const step of onboardingPlan(start)) {
    const dedupeKey = key(account.id, step.key);
    const moved = moveOpenTaskDue(store, dedupeKey, step.dueOn, now.toISOString());
    if (moved || isStale(step.dueOn, now)) continue;
    createTask(
      store,
      {
        accountId: account.id,
        title: step.title,
        owner: account.ownerCsm,
        dueOn: step.dueOn,
        source: { kind: 'playbook', id: step.key },
        dedupeKey,
      },
      now,
    );
  }
}

/**
 * Keeps the renewal tasks in step with the contract: the 90 / 60 / 30-day and renewal-day
 * tasks before the renewal date, and a yearly review before each anniversary of a multi-year
 * contract. Each anchor date has its own tasks (the date is in their key). A date moved by less
 * than six months is the same renewal rescheduled: its tasks move with it (same task, notes and
 * done state; open ones take their new day, done ones stay where they were done). A date further
 * on — the next term once a renewal is recorded — is a new renewal with fresh tasks, the old
 * ones' done tasks staying as history.
 */
export function syncRenewalTasks(
  store: Store,
  account: { id: string; contractStart: string | null; renewalDate: string | null; ownerCsm: string },
  now: Date,
  /** The contract dates before this change: what a rescheduled renewal's tasks move from. */
  previous?: { contractStart: string | null; renewalDate: string | null },
): void {
  const plans = account.renewalDate ? contractPlan(account.contractStart, account.renewalDate) : [];
  const planned = plans.flatMap((p) =>
    p.steps.filter((s) => !isStale(s.dueOn, now)).map((s) => ({ ...s, dedupeKey: renewalKey(account.id, p.anchor, s.key) })),
  );
  if (previous?.renewalDate) moveRescheduledRenewalTasks(store, account.id, contractPlan(previous.contractStart, previous.renewalDate), plans, planned, now);
  removeOpenGeneratedTasksExcept(store, account.id, 'renewal', planned.map((s) => s.dedupeKey));
  for (const step of planned) {
    createTask(
      store,
      {
        accountId: account.id,
        title: step.title,
        owner: account.ownerCsm,
        dueOn: step.dueOn,
        source: { kind: 'renewal', id: step.key },
        dedupeKey: step.dedupeKey,
      },
      now,
    );
  }
}

/** A renewal date moved by less than this is the same renewal, rescheduled. */
export const RESCHEDULE_WITHIN_DAYS = 183;

export const renewalKey = (accountId: string, anchor: string, step: string) => `renewal:${accountId}:${anchor}:${step}`;

/**
 * Pairs the previous contract's anchor dates with the new ones — the renewal with the renewal,
 * each contract year's review with the same year's — and where a pair is less than six months
 * apart re-keys the old anchor's tasks to the new one (re-dating the open ones),
 * before the plan is laid out: so a rescheduled renewal keeps its tasks instead of new ones.
 */
function moveRescheduledRenewalTasks(
  store: Store,
  accountId: string,
  previous: AnchoredPlan[],
  plans: AnchoredPlan[],
  planned: { dueOn: string; dedupeKey: string }[],
  now: Date,
): void {
  const pairs: [string, string][] = [];
  const [oldRenewal, newRenewal] = [previous.at(-1), plans.at(-1)];
  if (oldRenewal && newRenewal) pairs.push([oldRenewal.anchor, newRenewal.anchor]);
  for (let year = 0; year < Math.min(previous.length, plans.length) - 1; year++) pairs.push([previous[year]!.anchor, plans[year]!.anchor]);
  const at = now.toISOString();
  const prefix = `renewal:${accountId}:`;
  const tasks = keyedTasksOfKind(store, accountId, 'renewal');
  for (const [from, to] of pairs) {
    if (from === to || Math.abs(daysBetween(from, to)) >= RESCHEDULE_WITHIN_DAYS) continue;
    for (const task of tasks.filter((t) => t.dedupe_key!.startsWith(`${prefix}${from}:`))) {
      const dedupeKey = renewalKey(accountId, to, task.dedupe_key!.slice(`${prefix}${from}:`.length));
      if (findTaskIdByDedupeKey(store, dedupeKey)) continue;
      const plan = planned.find((p) => p.dedupeKey === dedupeKey);
      if (task.done_at !== null) rekeyTask(store, task.id, { dedupe_key: dedupeKey, updated_at: at });
      // The title stays: the same step of the same contract year has the same wording, and the CSM may have edited it.
      else if (plan) rekeyTask(store, task.id, { dedupe_key: dedupeKey, due_on: plan.dueOn, updated_at: at });
    }
  }
}

/** The onboarding step whose task asks for the customer's license (seed 001, day 0). */
export const LICENSE_ONBOARDING_STEP = 'welcome';

/**
 * Ticks an account's open onboarding task for a step, when something elsewhere in the app did
 * it (issuing a license does the welcome step's license). Nothing happens when it's done or gone.
 */
export function completeOnboardingStep(store: Store, accountId: string, step: string, now: Date): void {
  markOpenTasksDone(store, [key(accountId, step)], now.toISOString());
}
