import type { Store } from '../db/store';

export interface TierRow {
  tier: string | null;
  risk: string | null;
  n: number;
  arr_cents: number;
  score_sum: number | null;
  scored: number;
}

/** Active, not churned accounts counted and summed per health tier and risk. */
export function tierRows(store: Store): TierRow[] {
  return store.prepared(`SELECT h.tier AS tier, h.risk AS risk, count(*) AS n, sum(a.arr_cents) AS arr_cents,
              sum(h.score) AS score_sum, count(h.score) AS scored
       FROM accounts a LEFT JOIN account_health h ON h.account_id = a.id
       WHERE a.archived_at IS NULL AND a.stage <> 'Churned'
       GROUP BY h.tier, h.risk`,
  ).all() as TierRow[];
}

/** How many active, not churned accounts renew in [from, to), and their ARR. */
export function renewalsBetween(store: Store, from: string, to: string): { n: number; arr: number } | undefined {
  return store.first(
    store.q
      .selectFrom('accounts')
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('arr_cents').as('arr')])
      .where('archived_at', 'is', null)
      .where('stage', '<>', 'Churned')
      .where('renewal_date', '>=', from)
      .where('renewal_date', '<', to),
  );
}

/** Active, not churned accounts whose renewal date is before `today`, oldest first (at most 200). */
export function renewalsPassed(store: Store, today: string): { id: string; name: string; renewal_date: string | null; arr_cents: number }[] {
  return store.all(
    store.q
      .selectFrom('accounts')
      .select(['id', 'name', 'renewal_date', 'arr_cents'])
      .where('archived_at', 'is', null)
      .where('stage', '<>', 'Churned')
      .where('renewal_date', '<', today)
      .orderBy('renewal_date', 'asc')
      .limit(200),
  );
}
