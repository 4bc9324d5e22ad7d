import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { PROMOTER_WITHIN_DAYS, RECORD_TICKET_SPIKE_DAYS, type RecordFacts } from '../../shared/health/record-triggers';
import { slaClock } from '../../shared/lifecycle/support';
import type { Store } from '../db/store';
import { lateMilestonesOf, npsAnswersSince, openHighTicketsOf, unresolvedEscalationsOf } from './repository';

type MutableFacts = { -readonly [K in keyof RecordFacts]: RecordFacts[K][number][] };

/**
 * What the lifecycle records say for the triggers, per account: one account's, or the whole
 * book's in four set-wise queries (evaluating at start must not ask once per account).
 */
export function recordFactsByAccount(store: Store, now: Date, accountId?: string): Map<string, RecordFacts> {
  const today = localIsoDate(now);
  const byAccount = new Map<string, MutableFacts>();
  const of = (id: string): MutableFacts => {
    let facts = byAccount.get(id);
    if (!facts) byAccount.set(id, (facts = { lateMilestones: [], breachedEscalations: [], openHighTickets: [], promoters: [] }));
    return facts;
  };
  for (const m of lateMilestonesOf(store, today, accountId)) of(m.account_id).lateMilestones.push({ id: m.id, title: m.title, targetDate: m.target_date });
  for (const e of unresolvedEscalationsOf(store, accountId)) {
    const clock = slaClock({ openedAt: e.opened_at, firstResponseAt: e.first_response_at, responseMinutes: e.response_minutes }, now);
    if (clock.state !== 'breached' && clock.state !== 'missed') continue;
    of(e.account_id).breachedEscalations.push({ id: e.id, level: e.level, summary: e.summary, dueAt: clock.dueAt, responded: clock.state === 'missed' });
  }
  for (const t of openHighTicketsOf(store, addDays(today, -RECORD_TICKET_SPIKE_DAYS), accountId)) {
    of(t.account_id).openHighTickets.push({ id: t.id, ref: t.ref, severity: t.severity, openedOn: t.opened_on });
  }
  const seen = new Set<string>();
  for (const r of npsAnswersSince(store, addDays(today, -PROMOTER_WITHIN_DAYS), accountId)) {
    const contact = `${r.account_id}|${r.contact_id ?? `gone:${r.id}`}`;
    if (seen.has(contact)) continue;
    seen.add(contact);
    if (r.score >= 9) of(r.account_id).promoters.push({ responseId: r.id, name: r.contact_name, score: r.score, respondedOn: r.responded_on });
  }
  return byAccount;
}
