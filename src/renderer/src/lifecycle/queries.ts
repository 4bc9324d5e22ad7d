import { useEffect, useState } from 'react';
import { useApiMutation, useApiQuery } from '../api/use-api';
import { toast } from '../ui/toasts';

/** One account's onboarding kit, success plan, surveys, tickets and escalations. */
export function useAccountLifecycle(accountId: string) {
  return useApiQuery('lifecycle.get', { accountId });
}

/** Across the book: survey figures, late milestones, unresolved escalations (Today). */
export function useBookLifecycle() {
  return useApiQuery('lifecycle.book', undefined);
}

/** Removes a goal, milestone, response, ticket or escalation, saying so or why not. */
export function useRemoveLifecycleRecord() {
  const remove = useApiMutation('lifecycle.remove');
  return (kind: 'goal' | 'milestone' | 'survey' | 'ticket' | 'escalation', id: string, done: string) =>
    remove.mutate({ kind, id }, { onSuccess: () => toast.info(done), onError: (e) => toast.error(e.message) });
}

/** The current time, moved on every minute: SLA clocks tick on screen without refetching. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}
