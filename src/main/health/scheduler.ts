import { localIsoDate } from '../../shared/dates/iso-date';
import type { Alert } from '../../shared/health/schema';
import { slaClock } from '../../shared/lifecycle/support';
import type { Store } from '../db/store';
import { unresolvedEscalationsOf } from './repository';
import { evaluateBook, refreshAccountHealth } from './service';

/**
 * At most this long between two looks at the clock: a timer set for hours ahead would miss a
 * clock change or the machine sleeping through the moment, so a long wait is taken in steps.
 */
export const MAX_SCHEDULER_DELAY_MS = 60 * 60_000;

export interface HealthScheduler {
  /** Sets the one timer again from what the store holds now (after start and after any write that can move a due moment). */
  reschedule(): void;
  /** Clears the timer; `reschedule` sets it again (the store was reopened). */
  pause(): void;
  /** Clears the timer for good (shutdown). */
  stop(): void;
}

export interface HealthSchedulerOptions {
  /** The store open now, or null while it is closed (a reopen under way, an unreadable file). */
  store: () => Store | null;
  now: () => Date;
  /** Hands the raised alerts on (emits `health:alertsRaised`). */
  announce: (raised: readonly Alert[]) => void;
  log: (message: string, error: unknown) => void;
  maxDelayMs?: number;
}

/** The next local midnight after `now`: date-based triggers (renewal in 60 days, a late milestone, a license within 6 months) move then. */
function nextLocalMidnight(now: Date): number {
  const next = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return next.getTime();
}

/** Escalations still waiting for a first response, with the instant their clock breaches. */
function waitingEscalations(store: Store, now: Date): { accountId: string; dueAt: number }[] {
  return unresolvedEscalationsOf(store)
    .filter((e) => e.first_response_at === null)
    .map((e) => ({ accountId: e.account_id, dueAt: Date.parse(slaClock({ openedAt: e.opened_at, firstResponseAt: null, responseMinutes: e.response_minutes }, now).dueAt) }));
}

/**
 * Time-driven health triggers while the app sits idle: an escalation's first-response SLA
 * breaches at an instant, and the date-based triggers move at local midnight, neither of which
 * is a write. One timer at a time, set for the soonest such moment (at most `maxDelayMs` away);
 * when it fires it evaluates the accounts whose SLA passed (or the whole book on a new day),
 * announces what was raised, and sets itself again.
 */
export function createHealthScheduler(options: HealthSchedulerOptions): HealthScheduler {
  const maxDelay = options.maxDelayMs ?? MAX_SCHEDULER_DELAY_MS;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;
  // The local day the book was last evaluated on: the start evaluation covers the first one.
  let evaluatedDay = localIsoDate(options.now());

  const clear = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };

  const fire = () => {
    timer = null;
    const store = options.store();
    if (stopped || !store) return;
    const now = options.now();
    try {
      const today = localIsoDate(now);
      if (today !== evaluatedDay) {
        evaluatedDay = today;
        options.announce(evaluateBook(store, now).raised);
      } else {
        const due = new Set(waitingEscalations(store, now).filter((e) => e.dueAt <= now.getTime()).map((e) => e.accountId));
        const raised: Alert[] = [];
        for (const accountId of due) raised.push(...refreshAccountHealth(store, accountId, now));
        options.announce(raised);
      }
    } catch (error) {
      options.log('health evaluation on the clock failed', error);
    }
    reschedule();
  };

  function reschedule(): void {
    clear();
    const store = options.store();
    if (stopped || !store) return;
    const now = options.now();
    let next = nextLocalMidnight(now);
    try {
      for (const e of waitingEscalations(store, now)) {
        // A breach already past was raised by the evaluation that ran (or the one at start).
        if (e.dueAt > now.getTime() && e.dueAt < next) next = e.dueAt;
      }
    } catch (error) {
      options.log('reading SLA clocks for the health timer failed', error);
    }
    const delay = Math.min(Math.max(next - now.getTime(), 0), maxDelay);
    timer = setTimeout(fire, delay);
  }

  return {
    reschedule,
    pause: clear,
    stop() {
      stopped = true;
      clear();
    },
  };
}
