import { TIER_LABELS, type Tier } from '../../shared/health/models';
import { THEME_STATUS_LABELS } from '../../shared/feedback/theme-status';
import { localIsoDate } from '../../shared/dates/iso-date';
import { periodLabel, periodRange, type QbrPeriod } from '../../shared/qbr/period';
import type { Narrative, QbrContent, QbrSection } from '../../shared/qbr/schema';
import type { Account } from '../../shared/accounts/schema';
import type { HealthCheck } from '../../shared/health/schema';
import { getAccount } from '../accounts/service';
import { openChecklist } from '../checklist/service';
import type { Store } from '../db/store';
import { listRequests } from '../feedback/requests';
import { alertsOf } from '../health/alerts';
import { latestChecks } from '../health/repository';
import { listRenewals } from '../health/renewals';
import { toHealthCheck } from '../health/service';
import { listLicenses } from '../licenses/repository';
import { listTasks } from '../tasks/repository';

/** Enough checks for years of monthly scoring; the period filter picks the ones that matter. */
const CHECK_HISTORY = 500;
const TASK_HISTORY = 1000;

const day = (timestamp: string) => timestamp.slice(0, 10);
const inPeriod = (date: string | null, from: string, to: string) => date !== null && date >= from && date <= to;
const money = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const scoreText = (c: HealthCheck | undefined) =>
  c?.score == null ? 'Not scored' : `${c.score} (${c.tier ? TIER_LABELS[c.tier as Tier] : 'no tier'})${c.partial ? ` · ${c.present} of ${c.total} components` : ''}`;
const points = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));

/** Everything the pack shows for one account and period, in seed 003's QBR order. */
export function buildQbrContent(store: Store, accountId: string, period: QbrPeriod, narrative: Narrative, now: Date): QbrContent {
  const account = getAccount(store, accountId);
  const { from, to } = periodRange(period);
  const checks = latestChecks(store, accountId, CHECK_HISTORY)
    .map(toHealthCheck)
    .filter((c) => c.checkedOn <= to)
    .reverse();
  const inRange = checks.filter((c) => c.checkedOn >= from);
  // The score standing at the period's start is the last one checked before it (or the first inside it).
  const atStart = checks.filter((c) => c.checkedOn < from).at(-1) ?? inRange[0];
  const atEnd = checks.at(-1);
  const tasks = listTasks(store, { accountId, status: 'all', limit: TASK_HISTORY });
  const requests = listRequests(store, { accountId });
  const input: SectionInput = { account, from, to, narrative, checks: inRange, atStart, atEnd, tasks, requests };
  return {
    accountName: account.name,
    segment: account.segment,
    csm: account.ownerCsm,
    periodLabel: periodLabel(period),
    from,
    to,
    generatedOn: localIsoDate(now),
    trend: inRange.map((c) => ({ on: c.checkedOn, score: c.score, tier: c.tier })),
    sections: [
      goalsSection(input),
      usageSection(store, input),
      valueSection(store, input, now),
      feedbackSection(input),
      roadmapSection(input),
      actionsSection(input),
      licenseSection(store, input, now),
    ],
  };
}

interface SectionInput {
  account: Account;
  from: string;
  to: string;
  narrative: Narrative;
  checks: HealthCheck[];
  atStart: HealthCheck | undefined;
  atEnd: HealthCheck | undefined;
  tasks: ReturnType<typeof listTasks>;
  requests: ReturnType<typeof listRequests>;
}

function goalsSection({ narrative, tasks, from, to }: SectionInput): QbrSection {
  // The onboarding playbook's milestones are the success plan Fieldbook keeps.
  const milestones = tasks.filter((t) => t.sourceKind === 'playbook' && (inPeriod(t.dueOn, from, to) || inPeriod(t.doneAt && day(t.doneAt), from, to)));
  return {
    key: 'goals',
    title: 'Review goals',
    question: 'What were we trying to achieve?',
    narrative: narrative.goals,
    facts: [
      { label: 'Milestones due or met', value: String(milestones.length) },
      { label: 'Met', value: String(milestones.filter((t) => t.doneAt).length) },
    ],
    tables: [
      {
        title: 'Success-plan milestones',
        header: ['Milestone', 'Due', 'Status'],
        rows: milestones.map((t) => ({ cells: [t.title, t.dueOn ?? '—', t.doneAt ? `Met ${day(t.doneAt)}` : 'Open'] })),
        empty: 'No success-plan milestones fell in this period.',
      },
    ],
  };
}

function usageSection(store: Store, { account, from, to, checks, atStart, atEnd }: SectionInput): QbrSection {
  const alerts = alertsOf(store, { accountId: account.id, status: 'all' }).filter((a) => inPeriod(a.raisedOn, from, to));
  const latest = checks.at(-1);
  const signals = latest?.signals;
  const signalRows: string[][] = signals
    ? [
        ['Active users / seats', signals.activeUsers == null ? '—' : `${signals.activeUsers} / ${signals.licensedSeats ?? '—'}`],
        ['Logins (30 days)', signals.logins30d == null ? '—' : String(signals.logins30d)],
        ['Features adopted', signals.featuresAdopted == null ? '—' : `${signals.featuresAdopted} of ${signals.featuresAvailable ?? '—'}`],
        ['Open tickets P1 / P2 / P3', [signals.ticketsP1, signals.ticketsP2, signals.ticketsP3].map((n) => (n == null ? '—' : String(n))).join(' / ')],
        ['Days since last use', signals.daysSinceLastUse == null ? '—' : String(signals.daysSinceLastUse)],
      ]
    : [];
  return {
    key: 'usage',
    title: 'Usage analysis',
    question: "What's working? What's not?",
    narrative: '',
    facts: [
      { label: `Health at start (${from})`, value: scoreText(atStart) },
      { label: `Health at end (${to})`, value: scoreText(atEnd) },
      { label: 'Checks in the period', value: String(checks.length) },
      { label: 'Alerts raised', value: String(alerts.length) },
    ],
    tables: [
      {
        title: `Component contributions (check of ${latest?.checkedOn ?? '—'})`,
        header: ['Component', 'Score', 'Weight', 'Points'],
        rows: (latest?.contributions ?? []).map((c) => ({
          cells: [c.label, c.score == null ? 'Not measured' : String(c.score), `${points(c.effectiveWeight)} %`, points(c.points)],
        })),
        empty: 'No health check was recorded in this period.',
      },
      {
        title: 'Usage signals',
        header: ['Signal', 'Value'],
        // A check scored by hand (no raw signals) shows the sentence, not a column of dashes.
        rows: signalRows.some(([, v]) => /\d/.test(v ?? '')) ? signalRows.map((cells) => ({ cells })) : [], empty: 'No usage signals were recorded in this period.' },
      {
        title: 'Alerts raised and how they closed',
        header: ['Raised', 'Alert', 'Reason', 'Status', 'Outcome'],
        rows: alerts.map((a) => ({
          cells: [a.raisedOn, a.label, a.reason, a.status === 'closed' ? `Closed ${a.closedAt ? day(a.closedAt) : ''}`.trim() : a.status === 'acknowledged' ? 'Acknowledged' : 'Open', a.outcome ?? a.actionTaken ?? '—'],
        })),
        empty: 'No health alerts were raised this period.',
      },
    ],
  };
}

function valueSection(store: Store, { account, narrative, requests, from, to }: SectionInput, now: Date): QbrSection {
  const shipped = new Map<string, number>();
  for (const r of requests) {
    if (r.themeStatus === 'shipped' && r.themeTitle) shipped.set(r.themeTitle, (shipped.get(r.themeTitle) ?? 0) + 1);
  }
  const checklist = openChecklist(store, account.id, now);
  return {
    key: 'value',
    title: 'Value delivered',
    question: 'ROI, wins, time saved',
    narrative: narrative.value,
    facts: [
      { label: 'Production readiness', value: `${checklist.progress.percent} % (${checklist.progress.done} of ${checklist.progress.applicable})` },
      { label: 'Requests shipped', value: String([...shipped.values()].reduce((a, b) => a + b, 0)) },
    ],
    tables: [
      {
        title: 'Feedback themes shipped',
        header: ['Theme', 'Requests from this account'],
        rows: [...shipped].map(([title, n]) => ({ cells: [title, String(n)] })),
        empty: `Nothing this account asked for has shipped yet (period ${from} – ${to}).`,
      },
      {
        title: 'Readiness progress',
        header: ['Section', 'Done', "What's left"],
        rows: checklist.sections.map((s) => ({
          cells: [
            s.title,
            `${s.progress.done} of ${s.progress.applicable}`,
            s.items.filter((i) => i.status === 'todo' || i.status === 'in-progress').map((i) => i.text).join('; ') || 'Nothing',
          ],
        })),
        empty: 'The readiness checklist is empty.',
      },
    ],
  };
}

function feedbackSection({ requests, checks, from, to }: SectionInput): QbrSection {
  const raised = requests.filter((r) => inPeriod(day(r.createdAt), from, to)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const withScores = [...checks].reverse();
  const nps = withScores.find((c) => c.signals.nps != null)?.signals.nps;
  const csat = withScores.find((c) => c.signals.csat != null)?.signals.csat;
  return {
    key: 'feedback',
    title: 'Feedback loop',
    question: 'What could we improve?',
    narrative: '',
    facts: [
      { label: 'Requests raised', value: String(raised.length) },
      { label: 'NPS', value: nps == null ? 'Not recorded' : String(nps) },
      { label: 'CSAT', value: csat == null ? 'Not recorded' : String(csat) },
    ],
    tables: [
      {
        title: 'Requests raised in the period',
        header: ['Raised', 'Request', 'Root cause', 'Status', 'Theme'],
        rows: raised.map((r) => ({
          cells: [day(r.createdAt), r.request, r.rootCause || '—', r.themeStatus ? THEME_STATUS_LABELS[r.themeStatus] : 'Not triaged', r.themeTitle ?? '—'],
        })),
        empty: 'No feedback was raised this period.',
      },
    ],
  };
}

function roadmapSection({ narrative, requests }: SectionInput): QbrSection {
  const themes = new Map<string, string>();
  for (const r of requests) {
    if (r.themeTitle && (r.themeStatus === 'planned' || r.themeStatus === 'under-consideration')) themes.set(r.themeTitle, THEME_STATUS_LABELS[r.themeStatus]);
  }
  return {
    key: 'roadmap',
    title: 'Roadmap preview',
    question: "What's coming that's relevant?",
    narrative: narrative.roadmap,
    facts: [{ label: 'Themes this account asked for, planned or under consideration', value: String(themes.size) }],
    tables: [
      {
        title: 'Planned and in progress',
        header: ['Theme', 'Status'],
        rows: [...themes].map(([title, status]) => ({ cells: [title, status] })),
        empty: 'Nothing this account asked for is planned yet.',
      },
    ],
  };
}

function actionsSection({ narrative, tasks, from, to }: SectionInput): QbrSection {
  const completed = tasks.filter((t) => t.doneAt && inPeriod(day(t.doneAt), from, to));
  const open = tasks.filter((t) => !t.doneAt && (t.dueOn === null || t.dueOn >= from || day(t.createdAt) <= to));
  const row = (t: (typeof tasks)[number]) => ({ cells: [t.title, t.owner || 'Unassigned', t.dueOn ?? '—'] });
  return {
    key: 'actions',
    title: 'Action items',
    question: 'Next steps for both sides',
    narrative: narrative.asks,
    facts: [
      { label: 'Open', value: String(open.length) },
      { label: 'Completed in the period', value: String(completed.length) },
    ],
    tables: [
      { title: 'Open', header: ['Action', 'Owner', 'Due'], rows: open.map(row), empty: 'No open action items.' },
      { title: 'Completed in the period', header: ['Action', 'Owner', 'Due'], rows: completed.map(row), empty: 'No action items were completed this period.' },
    ],
  };
}

function licenseSection(store: Store, { account }: SectionInput, now: Date): QbrSection {
  const licenses = listLicenses(store, account.id, now).filter((l) => l.status !== 'revoked' && l.replacedById === null);
  const outcomes = listRenewals(store, account.id);
  return {
    key: 'license',
    title: 'License and renewal',
    question: 'Where the contract stands',
    narrative: '',
    facts: [
      { label: 'ARR', value: money(account.arr) },
      { label: 'Renewal date', value: account.renewalDate ?? 'Not set' },
      { label: 'Current licenses', value: String(licenses.length) },
    ],
    tables: [
      {
        title: 'Current licenses',
        header: ['Kind', 'Modules', 'Expires', 'Status'],
        rows: licenses.map((l) => ({ cells: [l.kind, l.modules.join(', '), l.expiresAt, l.status] })),
        empty: 'No license has been issued to this account.',
      },
      {
        title: 'Retention outcomes',
        header: ['Renewal', 'Outcome', 'ARR before', 'ARR after'],
        rows: outcomes.map((o) => ({ cells: [o.renewalDate, o.outcome, money(o.previousArr), money(o.newArr)] })),
        empty: 'No renewal has been recorded yet.',
      },
    ],
  };
}
