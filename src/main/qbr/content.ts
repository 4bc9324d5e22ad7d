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
import { getThemeDetail } from '../feedback/themes';
import { listReleases } from '../growth/releases';
import { getAccountLifecycle } from '../lifecycle/service';
import type { AccountLifecycle } from '../../shared/lifecycle/schema';
import type { Release } from '../../shared/growth/schema';
import { goalsSection } from './goals';
import { shippedInPeriod, shippedTable } from './shipped';
import { supportPart } from './support';
import { surveyScores } from './survey-scores';

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
  // Success plan, surveys and support come from the lifecycle records (issue 13).
  const lifecycle = getAccountLifecycle(store, accountId, now);
  const releases = listReleases(store);
  const input: SectionInput = { account, from, to, narrative, checks: inRange, atStart, atEnd, tasks, requests, lifecycle, releases };
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
      goalsSection(narrative, lifecycle.goals, from, to),
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
  lifecycle: AccountLifecycle;
  releases: Release[];
}

function usageSection(store: Store, { account, from, to, checks, atStart, atEnd, lifecycle }: SectionInput): QbrSection {
  const support = supportPart(lifecycle.tickets, lifecycle.escalations, from, to);
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
      ...support.facts,
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
      ...support.tables,
    ],
  };
}

function valueSection(store: Store, { account, narrative, requests, from, to, releases: recorded }: SectionInput, now: Date): QbrSection {
  // Themes marked shipped without a release are dated by their status change (looked up only for those).
  const { shipped, releases } = shippedInPeriod(requests, recorded, (themeId) => day(getThemeDetail(store, themeId).theme.statusChangedAt), from, to);
  const checklist = openChecklist(store, account.id, now);
  return {
    key: 'value',
    title: 'Value delivered',
    question: 'ROI, wins, time saved',
    narrative: narrative.value,
    facts: [
      { label: 'Production readiness', value: `${checklist.progress.percent} % (${checklist.progress.done} of ${checklist.progress.applicable})` },
      { label: 'Releases shipping its requests', value: releases.length === 0 ? 'None' : releases.join(', ') },
      { label: 'Requests shipped', value: String(shipped.reduce((n, s) => n + s.requests, 0)) },
    ],
    tables: [
      shippedTable(shipped),
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

function feedbackSection({ requests, checks, from, to, lifecycle }: SectionInput): QbrSection {
  const raised = requests.filter((r) => inPeriod(day(r.createdAt), from, to)).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const scores = surveyScores(lifecycle.surveys.responses, checks, from, to);
  return {
    key: 'feedback',
    title: 'Feedback loop',
    question: 'What could we improve?',
    narrative: '',
    facts: [{ label: 'Requests raised', value: String(raised.length) }, ...scores.facts],
    tables: [
      {
        title: 'Requests raised in the period',
        header: ['Raised', 'Request', 'Root cause', 'Status', 'Theme'],
        rows: raised.map((r) => ({
          cells: [day(r.createdAt), r.request, r.rootCause || '—', r.themeStatus ? THEME_STATUS_LABELS[r.themeStatus] : 'Not triaged', r.themeTitle ?? '—'],
        })),
        empty: 'No feedback was raised this period.',
      },
      scores.table,
    ],
  };
}

function roadmapSection({ narrative, requests, releases, to }: SectionInput): QbrSection {
  // A release recorded after the period that ships one of this account's themes is what's coming.
  const comingIn = new Map<string, string>();
  for (const release of [...releases].sort((a, b) => a.releasedOn.localeCompare(b.releasedOn))) {
    if (release.releasedOn <= to) continue;
    for (const t of release.themes) if (!comingIn.has(t.id)) comingIn.set(t.id, `${release.version} (${release.releasedOn})`);
  }
  const themes = new Map<string, { status: string; release: string }>();
  for (const r of requests) {
    if (!r.themeId || !r.themeTitle || !r.themeStatus) continue;
    const release = comingIn.get(r.themeId);
    if (r.themeStatus === 'planned' || r.themeStatus === 'under-consideration' || release) {
      themes.set(r.themeTitle, { status: THEME_STATUS_LABELS[r.themeStatus], release: release ?? 'Not yet' });
    }
  }
  return {
    key: 'roadmap',
    title: 'Roadmap preview',
    question: "What's coming that's relevant?",
    narrative: narrative.roadmap,
    facts: [{ label: 'Themes this account asked for, planned, under consideration or released since', value: String(themes.size) }],
    tables: [
      {
        title: 'Planned and in progress',
        header: ['Theme', 'Status', 'Release'],
        rows: [...themes].map(([title, t]) => ({ cells: [title, t.status, t.release] })),
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
