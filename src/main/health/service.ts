import { randomUUID } from 'node:crypto';
import { daysBetween, localIsoDate } from '../../shared/dates/iso-date';
import { tierFor, type ComponentKey, type ComponentWeight, type ModelId, type Thresholds, type Tier } from '../../shared/health/models';
import { riskOf, type Risk } from '../../shared/health/risk';
import type { AccountHealth, Alert, HealthCheck, RecordCheckInput, SetOverrideInput } from '../../shared/health/schema';
import { computeScore, trendOf, type ComponentScores } from '../../shared/health/score';
import type { RawSignals } from '../../shared/health/signals';
import { ALERT_INFO, alertDueOn, evaluateTriggers, newAlerts, type AlertKind, type CheckFacts, type Severity, type TriggerHit } from '../../shared/health/triggers';
import type { Store } from '../db/store';
import { getAccount } from '../accounts/service';
import { AppError, notFound } from '../ipc/app-error';
import {
  accountFacts,
  activeAlerts,
  activeOverride,
  activeOverridesOfBook,
  allAccountHealth,
  championsLeft,
  clearOverrides,
  findAccountHealth,
  findAlert,
  insertAlert,
  insertCheck,
  insertOverride,
  latestChecks,
  latestTwoChecksOfBook,
  listAlerts,
  liveLicenses,
  upsertAccountHealth,
  usedCauses,
  type AccountFactsRow,
  type CheckFactsRow,
} from './repository';
import { currentModel, currentModelId } from './settings';
import { recordFactsByAccount } from './record-facts';
import { championChangedTrigger, type ChampionSnapshot } from '../../shared/health/champion';
import { NO_RECORD_FACTS, type RecordFacts } from '../../shared/health/record-triggers';
import type { AccountHealthTable, AlertsTable, HealthChecksTable, HealthOverridesTable } from '../db/schema';

/** How many checks the account's chart shows. */
export const HISTORY_LENGTH = 18;

const fieldError = (path: string | string[], message: string) =>
  new AppError('INVALID_INPUT', message, [{ path: Array.isArray(path) ? path : [path], message }]);

export function toHealthCheck(row: HealthChecksTable): HealthCheck {
  const components = JSON.parse(row.components) as ComponentWeight[];
  const thresholds = JSON.parse(row.thresholds) as Thresholds;
  const scores = JSON.parse(row.scores) as ComponentScores;
  const result = computeScore(components, scores, thresholds);
  return {
    id: row.id,
    accountId: row.account_id,
    checkedOn: row.checked_on,
    modelId: row.model_id as ModelId,
    components,
    thresholds,
    signals: JSON.parse(row.signals) as RawSignals,
    note: row.note,
    checkinNoteId: row.checkin_note_id,
    score: row.score,
    tier: row.tier as Tier | null,
    partial: result.partial,
    present: result.present,
    total: result.total,
    contributions: result.contributions,
    createdAt: row.created_at,
  };
}

/** A promoter alert from a survey answer has the cause `survey:<response id>` (shared/health/record-triggers.ts). */
const SURVEY_CAUSE = 'survey:';
function surveyBehind(kind: AlertKind, cause: string): string | null {
  return kind === 'promoter' && cause.startsWith(SURVEY_CAUSE) ? cause.slice(SURVEY_CAUSE.length) : null;
}

export function toAlert(row: AlertsTable & { account_name: string }): Alert {
  const kind = row.kind as AlertKind;
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    kind,
    label: ALERT_INFO[kind].label,
    severity: row.severity as Severity,
    reason: row.reason,
    play: ALERT_INFO[kind].play,
    surveyResponseId: surveyBehind(kind, row.cause),
    raisedOn: row.raised_on,
    dueOn: row.due_on,
    status: row.status as Alert['status'],
    actionTaken: row.action_taken,
    acknowledgedAt: row.acknowledged_at,
    outcome: row.outcome,
    closedAt: row.closed_at,
  };
}

/**
 * Records a health check scored with the model chosen in Settings, keeping its weights and
 * thresholds beside it, then re-evaluates the account's health and triggers.
 */
export function recordCheck(store: Store, input: RecordCheckInput, now: Date): { check: HealthCheck; raised: Alert[] } {
  const today = localIsoDate(now);
  if (input.checkedOn > today) throw fieldError('checkedOn', "A check can't be dated in the future");
  const model = currentModel(store);
  const keys = new Set<ComponentKey>(model.components.map((c) => c.key));
  for (const key of Object.keys(input.scores) as ComponentKey[]) {
    if (!keys.has(key)) throw fieldError(['scores', key], `The ${model.label.toLowerCase()} model has no "${key}" component`);
  }
  const scores: ComponentScores = Object.fromEntries(model.components.map((c) => [c.key, input.scores[c.key] ?? null]));
  const result = computeScore(model.components, scores, model.thresholds);
  if (result.score === null) throw fieldError('scores', 'Score at least one component');
  return store.tx(() => {
    getAccount(store, input.accountId);
    const id = randomUUID();
    insertCheck(store, {
      id,
      account_id: input.accountId,
      checked_on: input.checkedOn,
      model_id: model.id,
      components: JSON.stringify(model.components),
      thresholds: JSON.stringify(model.thresholds),
      scores: JSON.stringify(scores),
      signals: JSON.stringify(input.signals),
      score: result.score,
      tier: result.tier,
      note: input.note,
      checkin_note_id: input.checkinNoteId ?? null,
      created_at: now.toISOString(),
    });
    const raised = refreshAccountHealth(store, input.accountId, now);
    return { check: toHealthCheck(latestChecks(store, input.accountId, HISTORY_LENGTH).find((c) => c.id === id)!), raised };
  });
}

export function setOverride(store: Store, input: SetOverrideInput, now: Date, raised: Alert[] = []): AccountHealth {
  const today = localIsoDate(now);
  if (input.expiresOn < today) throw fieldError('expiresOn', 'That date has passed: an override expires today or later');
  return store.tx(() => {
    getAccount(store, input.accountId);
    const at = now.toISOString();
    clearOverrides(store, input.accountId, at);
    insertOverride(store, { id: randomUUID(), account_id: input.accountId, score: input.score, reason: input.reason, expires_on: input.expiresOn, set_at: at, cleared_at: null });
    raised.push(...refreshAccountHealth(store, input.accountId, now));
    return getAccountHealth(store, input.accountId, now);
  });
}

export function clearOverride(store: Store, accountId: string, now: Date, raised: Alert[] = []): AccountHealth {
  return store.tx(() => {
    getAccount(store, accountId);
    clearOverrides(store, accountId, now.toISOString());
    raised.push(...refreshAccountHealth(store, accountId, now));
    return getAccountHealth(store, accountId, now);
  });
}

export function getAccountHealth(store: Store, accountId: string, now: Date): AccountHealth {
  getAccount(store, accountId);
  const today = localIsoDate(now);
  const checks = latestChecks(store, accountId, HISTORY_LENGTH).map(toHealthCheck);
  const latest = checks[0] ?? null;
  const override = activeOverride(store, accountId, today);
  const derived = findAccountHealth(store, accountId);
  const thresholds = latest?.thresholds ?? currentModel(store).thresholds;
  return {
    accountId,
    modelId: currentModelId(store),
    latest,
    history: [...checks].reverse(),
    override: override
      ? { score: override.score, tier: tierFor(override.score, thresholds), reason: override.reason, expiresOn: override.expires_on, setAt: override.set_at }
      : null,
    score: override ? override.score : (latest?.score ?? null),
    tier: override ? tierFor(override.score, thresholds) : (latest?.tier ?? null),
    trend: trendOf(latest?.score ?? null, checks[1]?.score ?? null),
    risk: (derived?.risk as Risk | null | undefined) ?? null,
    alerts: listAlerts(store, { accountId, status: 'all' }).map(toAlert),
  };
}

interface Inputs {
  account: AccountFactsRow;
  /** Newest first, at most two. */
  checks: CheckFactsRow[];
  override: HealthOverridesTable | undefined;
  champions: { id: string; name: string; left_on: string }[];
  licenses: { id: string; expires_at: string }[];
  active: AlertsTable[];
  causes: Set<string>;
  records: RecordFacts;
}

const checkFacts = (row: CheckFactsRow | undefined): CheckFacts | null => {
  if (!row) return null;
  const scores = JSON.parse(row.scores) as ComponentScores;
  return { id: row.id, checkedOn: row.checked_on, score: row.score, tier: row.tier as Tier | null, usage: scores.usage ?? null, signals: JSON.parse(row.signals) as RawSignals };
};

/** What an account's health is now and which alerts it newly raises: no writes. */
function assess(inputs: Inputs, today: string, fallbackThresholds: Thresholds): { health: AccountHealthTable; hits: TriggerHit[] } {
  const [latestRow, previousRow] = inputs.checks;
  const latest = checkFacts(latestRow);
  const previous = checkFacts(previousRow);
  const live = inputs.account.stage !== 'Churned';
  const hits = live
    ? newAlerts(
        evaluateTriggers({
          today,
          latest,
          previous,
          renewalDate: inputs.account.renewal_date,
          championsLeft: inputs.champions.map((c) => ({ id: c.id, name: c.name, leftOn: c.left_on })),
          licenses: inputs.licenses.map((l) => ({ id: l.id, expiresAt: l.expires_at })),
          records: inputs.records,
        }),
        new Set(inputs.active.map((a) => a.kind as AlertKind)),
        inputs.causes,
      )
    : [];
  const score = inputs.override ? inputs.override.score : (latest?.score ?? null);
  // Only an override needs the thresholds (a check's tier is stored with it): parsed only then.
  const tier = inputs.override
    ? tierFor(inputs.override.score, latestRow ? (JSON.parse(latestRow.thresholds) as Thresholds) : fallbackThresholds)
    : (latest?.tier ?? null);
  const severities = [...inputs.active.filter((a) => a.status === 'open').map((a) => a.severity as Severity), ...hits.map((h) => h.severity)];
  const renewal = inputs.account.renewal_date;
  const risk = riskOf({ tier, score, openAlerts: severities, renewalInDays: renewal ? daysBetween(today, renewal) : null });
  return {
    health: {
      account_id: inputs.account.id,
      score,
      tier,
      trend: trendOf(latest?.score ?? null, previous?.score ?? null),
      risk,
      overridden: inputs.override ? 1 : 0,
      latest_check_id: latest?.id ?? null,
      evaluated_on: today,
    },
    hits,
  };
}

function raise(store: Store, accountId: string, hits: TriggerHit[], now: Date): string[] {
  const today = localIsoDate(now);
  return hits.map((hit) => {
    const id = randomUUID();
    insertAlert(store, {
      id,
      account_id: accountId,
      kind: hit.kind,
      cause: hit.cause,
      severity: hit.severity,
      reason: hit.reason,
      raised_on: today,
      due_on: alertDueOn(today, hit.severity),
      status: 'open',
      action_taken: null,
      acknowledged_at: null,
      outcome: null,
      closed_at: null,
      created_at: now.toISOString(),
    });
    return id;
  });
}

const sameHealth = (a: AccountHealthTable | undefined, b: AccountHealthTable) =>
  !!a && a.score === b.score && a.tier === b.tier && a.trend === b.trend && a.risk === b.risk && a.overridden === b.overridden && a.latest_check_id === b.latest_check_id;

/**
 * Re-derives one account's current health and raises the alerts its data now calls for.
 * Called whenever something behind a trigger changes (a check, an override, a contact, the
 * renewal date, a license, an alert's status). Returns the alerts it raised.
 */
export function refreshAccountHealth(store: Store, accountId: string, now: Date): Alert[] {
  const today = localIsoDate(now);
  return store.tx(() => {
    const [account] = accountFacts(store, accountId);
    if (!account) return [];
    const causes = new Set(usedCauses(store, accountId).map((c) => c.key));
    const { health, hits } = assess(
      {
        account,
        checks: latestChecks(store, accountId, 2),
        override: activeOverride(store, accountId, today),
        champions: championsLeft(store, accountId),
        licenses: liveLicenses(store, accountId),
        active: activeAlerts(store, accountId),
        causes,
        records: recordFactsByAccount(store, now, accountId).get(accountId) ?? NO_RECORD_FACTS,
      },
      today,
      currentModel(store).thresholds,
    );
    const ids = raise(store, accountId, hits, now);
    if (!sameHealth(findAccountHealth(store, accountId), health)) upsertAccountHealth(store, health);
    return ids.map((id) => toAlert(findAlert(store, id)!));
  });
}

const groupBy = <T>(rows: T[], key: (row: T) => string): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
};

/**
 * Evaluates every live account at once (at start: dates move while the app is closed). Reads
 * the book in a handful of set-wise queries, writes only what changed, in one transaction.
 */
export function evaluateBook(store: Store, now: Date): { accounts: number; raised: Alert[] } {
  const today = localIsoDate(now);
  return store.tx(() => {
    const accounts = accountFacts(store);
    const checks = groupBy(latestTwoChecksOfBook(store), (r) => r.account_id);
    const overrides = new Map(activeOverridesOfBook(store, today).map((o) => [o.account_id, o]));
    const champions = groupBy(championsLeft(store), (c) => c.account_id);
    const licenses = groupBy(liveLicenses(store), (l) => l.account_id);
    const active = groupBy(activeAlerts(store), (a) => a.account_id);
    const causes = groupBy(usedCauses(store), (c) => c.account_id);
    const current = new Map(allAccountHealth(store).map((h) => [h.account_id, h]));
    const records = recordFactsByAccount(store, now);
    const thresholds = currentModel(store).thresholds;
    const raisedIds: string[] = [];
    for (const account of accounts) {
      const { health, hits } = assess(
        {
          account,
          checks: (checks.get(account.id) ?? []).sort((a, b) => a.rank - b.rank),
          override: overrides.get(account.id),
          champions: champions.get(account.id) ?? [],
          licenses: licenses.get(account.id) ?? [],
          active: active.get(account.id) ?? [],
          causes: new Set((causes.get(account.id) ?? []).map((c) => c.key)),
          records: records.get(account.id) ?? NO_RECORD_FACTS,
        },
        today,
        thresholds,
      );
      raisedIds.push(...raise(store, account.id, hits, now));
      if (!sameHealth(current.get(account.id), health)) upsertAccountHealth(store, health);
    }
    return { accounts: accounts.length, raised: raisedIds.map((id) => toAlert(findAlert(store, id)!)) };
  });
}

export function requireAlert(store: Store, id: string): Alert {
  const row = findAlert(store, id);
  if (!row) throw notFound('That alert');
  return toAlert(row);
}

/**
 * Raises "champion changed role" when an edit to a contact calls for it (the contact's earlier
 * values exist only at the moment of the edit, so this is not one of the evaluated triggers),
 * one open per account, then re-evaluates the account. Returns the alerts raised.
 */
export function raiseChampionChange(store: Store, accountId: string, before: ChampionSnapshot, after: ChampionSnapshot, now: Date): Alert[] {
  const hit = championChangedTrigger(before, after, now.toISOString());
  return store.tx(() => {
    const ids = hit
      ? raise(
          store,
          accountId,
          newAlerts([hit], new Set(activeAlerts(store, accountId).map((a) => a.kind as AlertKind)), new Set(usedCauses(store, accountId).map((c) => c.key))),
          now,
        )
      : [];
    return [...ids.map((id) => toAlert(findAlert(store, id)!)), ...refreshAccountHealth(store, accountId, now)];
  });
}
