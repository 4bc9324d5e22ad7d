import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { contractPlan, onboardingPlan } from '../../shared/tasks/playbook';
import type { Store } from '../db/store';
import { markOpenTasksDone, moveOpenTaskDue } from './repository';
import { createTask, removeOpenGeneratedTasksExcept } from './service';

const key = (accountId: string, step: string) => `playbook:${accountId}:${step}`;

/**
 * Steps more than a month in the past are not laid out: an existing customer entered today
 * shouldn't arrive with a wall of overdue onboarding tasks.
 */
const STALE_AFTER_DAYS = 30;
const isStale = (dueOn: string, now: Date) => dueOn < addDays(localIsoDate(now), -STALE_AFTER_DAYS);

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
 * contract. Each anchor date has its own tasks (the date is in their key): moving a date
 * replaces the open ones, done ones stay as history, and next year's renewal gets fresh tasks.
 */
export function syncRenewalTasks(
  store: Store,
  account: { id: string; contractStart: string | null; renewalDate: string | null; ownerCsm: string },
  now: Date,
): void {
  const plans = account.renewalDate ? contractPlan(account.contractStart, account.renewalDate) : [];
  const planned = plans.flatMap((p) =>
    p.steps.filter((s) => !isStale(s.dueOn, now)).map((s) => ({ ...s, dedupeKey: `renewal:${account.id}:${p.anchor}:${s.key}` })),
  );
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

/** The onboarding step whose task asks for the customer's license (seed 001, day 0). */
export const LICENSE_ONBOARDING_STEP = 'welcome';

/**
 * Ticks an account's open onboarding task for a step, when something elsewhere in the app did
 * it (issuing a license does the welcome step's license). Nothing happens when it's done or gone.
 */
export function completeOnboardingStep(store: Store, accountId: string, step: string, now: Date): void {
  markOpenTasksDone(store, [key(accountId, step)], now.toISOString());
}
