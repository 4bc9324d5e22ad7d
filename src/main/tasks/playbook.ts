import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { onboardingPlan, renewalPlan, RENEWAL_STEPS } from '../../shared/tasks/playbook';
import type { Store } from '../db/store';
import { createTask, removeOpenGeneratedTasks, rescheduleGeneratedTask } from './service';

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

/** Keeps the 90 / 60 / 30-day renewal tasks in step with the renewal date. */
export function syncRenewalTasks(
  store: Store,
  account: { id: string; renewalDate: string | null; ownerCsm: string },
  now: Date,
): void {
  if (!account.renewalDate) {
    removeOpenGeneratedTasks(store, RENEWAL_STEPS.map((s) => key(account.id, s.key)));
    return;
  }
  for (const step of renewalPlan(account.renewalDate).filter((s) => !isStale(s.dueOn, now))) {
    rescheduleGeneratedTask(
      store,
      {
        accountId: account.id,
        title: step.title,
        owner: account.ownerCsm,
        dueOn: step.dueOn,
        source: { kind: 'renewal', id: step.key },
        dedupeKey: key(account.id, step.key),
      },
      now,
    );
  }
}
