import { localIsoDate } from '../../shared/dates/iso-date';
import type { Segment, Stage } from '../../shared/accounts/segments';
import type { Tier } from '../../shared/health/models';
import type { PriorityLevel } from '../../shared/health/priority';
import { RISK_LABELS, type Risk } from '../../shared/health/risk';
import { accountSummary } from '../../shared/health/summary';
import { ALERT_INFO, SEVERITIES, type AlertKind, type Severity } from '../../shared/health/triggers';
import type { Store } from '../db/store';
import { notFound } from '../ipc/app-error';

/** PRIORITY in the summary follows the account's risk: Critical → urgent, At-risk → high, Watch → medium, else low. */
export const RISK_PRIORITY: Record<Risk, PriorityLevel> = { critical: 'urgent', 'at-risk': 'high', watch: 'medium', healthy: 'low' };

interface Row {
  id: string;
  name: string;
  segment: Segment;
  stage: Stage;
  score: number | null;
  tier: Tier | null;
  risk: Risk | null;
  overridden: number | null;
  last_note: string | null;
  last_check: string | null;
  next_task: string | null;
}

const SQL = `
  SELECT a.id, a.name, a.segment, a.stage, h.score, h.tier, h.risk, h.overridden,
    (SELECT max(n.held_at) FROM checkin_notes n WHERE n.account_id = a.id AND n.deleted_at IS NULL) AS last_note,
    (SELECT max(c.checked_on) FROM health_checks c WHERE c.account_id = a.id) AS last_check,
    (SELECT t.title FROM tasks t WHERE t.account_id = a.id AND t.done_at IS NULL AND t.source_removed_at IS NULL AND t.due_on IS NOT NULL
       ORDER BY t.due_on LIMIT 1) AS next_task
  FROM accounts a LEFT JOIN account_health h ON h.account_id = a.id
  WHERE a.archived_at IS NULL`;

/**
 * Seed 003's summary for one account, or for every At-risk and Critical account (most at risk
 * first): NEXT_ACTION is the play of the most severe open alert, else the next task.
 */
export function summaries(store: Store, input: { accountId?: string | undefined; atRiskOnly?: boolean | undefined }): { text: string; accounts: number } {
  const rows = input.accountId
    ? (store.prepared(`${SQL} AND a.id = ?`).all(input.accountId) as Row[])
    : (store.prepared(`${SQL} AND h.risk IN ('critical', 'at-risk') ORDER BY h.risk = 'critical' DESC, a.arr_cents DESC`).all() as Row[]);
  if (input.accountId && rows.length === 0) throw notFound('That account');
  const alerts = store.prepared(`SELECT account_id, kind, severity FROM alerts WHERE status = 'open'`).all() as { account_id: string; kind: AlertKind; severity: Severity }[];
  const text = rows
    .map((r) => {
      const open = alerts.filter((a) => a.account_id === r.id).sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
      const lastContact = [r.last_note ? localIsoDate(new Date(r.last_note)) : null, r.last_check].filter((d): d is string => !!d).sort().pop() ?? null;
      const notes = [
        r.risk ? `Risk: ${RISK_LABELS[r.risk]}` : 'Health not scored yet',
        r.overridden ? 'score overridden by the CSM' : null,
        open.length > 0 ? `open alerts: ${open.map((a) => ALERT_INFO[a.kind].label).join(', ')}` : null,
      ].filter(Boolean);
      return accountSummary({
        name: r.name,
        segment: r.segment,
        stage: r.stage,
        score: r.score,
        tier: r.tier,
        lastContact,
        nextAction: open[0] ? ALERT_INFO[open[0].kind].play : r.next_task,
        priority: r.risk ? RISK_PRIORITY[r.risk] : 'low',
        notes: notes.join('; '),
      });
    })
    .join('\n\n');
  return { text, accounts: rows.length };
}
