import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { onboardingPlan, renewalPlan } from '../../shared/tasks/playbook';
import type { Store } from '../db/store';
import { createTask, removeOpenGeneratedTasksExcept } from './service';

const key = (accountId: string, step: string) => `playbook:${accountId}:${step}`;

/**
 * Steps more than a month in the past are not laid out: an existing customer entered today
 * shouldn't arrive with a wall of overdue onboarding tasks.
 */
const STALE_AFTER_DAYS = 30;
const isStale = (dueOn: string, now: Date) => dueOn < addDays(localIsoDate(now), -STALE_AFTER_DAYS);

/** Lays out a new account's onboarding timeline, from its contract start (or today). */
export function layOutOnboarding(
  store: Store,
  account: { id: string; contractStart: string | null; ownerCsm: string },
  now: Date,
): void {
  const start = account.contractStart ?? localIsoDate(now);
  for (const step of onboardingPlan(start).filter((s) => !isStale(s.dueOn, now))) {
    createTask(
      store,
      {
        accountId: account.id,
        title: step.title,
        owner: account.ownerCsm,
        dueOn: step.dueOn,
        source: { kind: 'playbook', id: step.key },
        dedupeKey: key(account.id, step.key),
      },
      now,
    );
  }
}

/**
 * Keeps the 90 / 60 / 30-day renewal tasks in step with the renewal date. Each renewal date has
 * its own tasks (the date is in their key): moving the date replaces the open ones, and next
 * year's renewal gets fresh tasks even though this year's are done.
 */
export function syncRenewalTasks(
  store: Store,
  account: { id: string; renewalDate: string | null; ownerCsm: string },
  now: Date,
): void {
  const renewalDate = account.renewalDate;
  const steps = renewalDate ? renewalPlan(renewalDate).filter((s) => !isStale(s.dueOn, now)) : [];
  const renewalKey = (step: string) => `renewal:${account.id}:${renewalDate}:${step}`;
  removeOpenGeneratedTasksExcept(store, account.id, 'renewal', steps.map((s) => renewalKey(s.key)));
  for (const step of steps) {
    createTask(
      store,
      {
        accountId: account.id,
        title: step.title,
        owner: account.ownerCsm,
        dueOn: step.dueOn,
        source: { kind: 'renewal', id: step.key },
        dedupeKey: renewalKey(step.key),
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
  const at = now.toISOString();
  store.run(
    store.q
      .updateTable('tasks')
      .set({ done_at: at, updated_at: at })
      .where('dedupe_key', '=', key(accountId, step))
      .where('done_at', 'is', null),
  );
}
