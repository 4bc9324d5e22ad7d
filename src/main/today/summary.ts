import { localIsoDate } from '../../shared/dates/iso-date';
import type { PriorityLevel } from '../../shared/health/priority';
import { RISK_LABELS, type Risk } from '../../shared/health/risk';
import { accountSummary } from '../../shared/health/summary';
import { ALERT_INFO, SEVERITIES } from '../../shared/health/triggers';
import type { Store } from '../db/store';
import { notFound } from '../ipc/app-error';
import { openAlertKinds, summaryRows } from './repository';

/** PRIORITY in the summary follows the account's risk: Critical → urgent, At-risk → high, Watch → medium, else low. */
export const RISK_PRIORITY: Record<Risk, PriorityLevel> = { critical: 'urgent', 'at-risk': 'high', watch: 'medium', healthy: 'low' };

/**
 * Seed 003's summary for one account, or for every At-risk and Critical account (most at risk
 * first): NEXT_ACTION is the play of the most severe open alert, else the next task.
 */
export function summaries(store: Store, input: { accountId?: string | undefined; atRiskOnly?: boolean | undefined }): { text: string; accounts: number } {
  const rows = summaryRows(store, input);
  if (input.accountId && rows.length === 0) throw notFound('That account');
  const alerts = openAlertKinds(store);
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
