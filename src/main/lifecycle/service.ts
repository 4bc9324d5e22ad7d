import { randomUUID } from 'node:crypto';
import type { Segment } from '../../shared/accounts/segments';
import { addDays, localIsoDate } from '../../shared/dates/iso-date';
import { addMonths } from '../../shared/dates/months';
import { KIT_ITEMS, kitProgress, type ShareChannel } from '../../shared/lifecycle/onboarding-kit';
import type {
  AccountLifecycle,
  BookLifecycle,
  Escalation,
  EscalationFields,
  GoalFields,
  KitEntry,
  KitShareFields,
  MilestoneFields,
  SurveyFields,
  SurveyResponse,
  Ticket,
  TicketFields,
} from '../../shared/lifecycle/schema';
import { milestoneAtRisk, planOutcomes, type EvidenceType, type MilestoneOwner, type MilestoneStatus } from '../../shared/lifecycle/success-plan';
import { openBySeverity, responseMinutes, slaClock, type EscalationLevel, type Severity, type SmbEscalationMinutes, type TicketStatus, type TicketSystem } from '../../shared/lifecycle/support';
import { needsFollowUp, SURVEY_CADENCE_MONTHS, SURVEY_SCALES, surveyFigures, type SurveyKind } from '../../shared/lifecycle/surveys';
import { findAccount } from '../accounts/repository';
import { findContact } from '../contacts/repository';
import type { EscalationsTable, SupportTicketsTable, SurveyResponsesTable } from '../db/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { removeDocument } from '../search/documents';
import { createTask, removeOpenGeneratedTasksExcept } from '../tasks/service';
import * as repo from './repository';
import { syncEscalationDocument, syncGoalDocument, syncSurveyDocument, syncTicketDocument } from './search-documents';

const fieldError = (field: string, message: string) => new AppError('INVALID_INPUT', message, [{ path: ['fields', field], message }]);

function requireAccount(store: Store, accountId: string) {
  const account = findAccount(store, accountId);
  if (!account) throw notFound('That account');
  return account;
}

// ——— Reading ———

function kitEntries(store: Store, accountId: string): KitEntry[] {
  const stored = new Map(repo.listKitItems(store, accountId).map((r) => [r.item_key, r]));
  const license = repo.firstLiveLicense(store, accountId);
  return KIT_ITEMS.map((item) => {
    const row = stored.get(item.key);
    if (row) return { key: item.key, label: item.label, sharedOn: row.shared_on, channel: row.channel as ShareChannel, note: row.note, fromLicense: false };
    // An issued license ticks its item by itself: the license was generated and handed over.
    if (item.key === 'license' && license) {
      return { key: item.key, label: item.label, sharedOn: localIsoDate(new Date(license.issued_at)), channel: null, note: 'Issued in the Licenses tab', fromLicense: true };
    }
    return { key: item.key, label: item.label, sharedOn: null, channel: null, note: '', fromLicense: false };
  });
}

const toSurvey = (r: SurveyResponsesTable): SurveyResponse => ({
  id: r.id,
  accountId: r.account_id,
  contactId: r.contact_id,
  contactName: r.contact_name,
  kind: r.kind as SurveyKind,
  score: r.score,
  respondedOn: r.responded_on,
  comment: r.comment,
  createdAt: r.created_at,
});

const toTicket = (r: SupportTicketsTable): Ticket => ({
  id: r.id,
  accountId: r.account_id,
  system: r.system as TicketSystem,
  ref: r.ref,
  url: r.url,
  title: r.title,
  severity: r.severity as Severity,
  status: r.status as TicketStatus,
  openedOn: r.opened_on,
  closedOn: r.closed_on,
});

const toEscalation = (r: EscalationsTable, now: Date): Escalation => ({
  id: r.id,
  accountId: r.account_id,
  level: r.level as EscalationLevel,
  summary: r.summary,
  owner: r.owner,
  openedAt: r.opened_at,
  firstResponseAt: r.first_response_at,
  resolvedAt: r.resolved_at,
  segment: r.segment as Segment,
  responseMinutes: r.response_minutes,
  clock: slaClock({ openedAt: r.opened_at, firstResponseAt: r.first_response_at, responseMinutes: r.response_minutes }, now),
});

/** Figures count a response whose contact was deleted as its own respondent. */
const figureRows = (rows: SurveyResponsesTable[]) =>
  rows.map((r) => ({ contactId: r.contact_id ?? `gone:${r.id}`, kind: r.kind as SurveyKind, score: r.score, respondedOn: r.responded_on, createdAt: r.created_at }));

/** Everything issue 13 keeps for one account, with the flags and figures worked out for `now`. */
export function getAccountLifecycle(store: Store, accountId: string, now: Date): AccountLifecycle {
  requireAccount(store, accountId);
  const today = localIsoDate(now);
  const items = kitEntries(store, accountId);
  const milestones = repo.listMilestones(store, accountId).map((m) => ({
    id: m.id,
    goalId: m.goal_id,
    title: m.title,
    owner: m.owner as MilestoneOwner,
    evidenceType: m.evidence_type as EvidenceType,
    targetDate: m.target_date,
    status: m.status as MilestoneStatus,
    atRisk: milestoneAtRisk({ status: m.status as MilestoneStatus, targetDate: m.target_date }, today),
  }));
  const goals = repo.listGoals(store, accountId).map((g) => ({
    id: g.id,
    accountId: g.account_id,
    title: g.title,
    description: g.description,
    createdAt: g.created_at,
    milestones: milestones.filter((m) => m.goalId === g.id),
  }));
  const surveyRows = repo.listSurveyResponses(store, accountId);
  const tickets = repo.listTickets(store, accountId).map(toTicket);
  return {
    accountId,
    kit: { items, progress: kitProgress(items.filter((i) => i.sharedOn !== null).map((i) => i.key)) },
    goals,
    outcomes: planOutcomes(milestones, today),
    surveys: { responses: surveyRows.map(toSurvey), figures: surveyFigures(figureRows(surveyRows)) },
    tickets,
    openBySeverity: openBySeverity(tickets),
    escalations: repo.listEscalations(store, accountId).map((e) => toEscalation(e, now)),
  };
}

/** Across the book (active accounts): survey figures, late milestones, unresolved escalations. */
export function getBookLifecycle(store: Store, now: Date): BookLifecycle {
  return {
    figures: surveyFigures(figureRows(repo.listBookSurveyResponses(store))),
    milestonesAtRisk: repo.listLateMilestones(store, localIsoDate(now)).map((m) => ({
      accountId: m.account_id,
      accountName: m.account_name,
      goalTitle: m.goal_title,
      milestoneId: m.id,
      title: m.title,
      targetDate: m.target_date,
    })),
    openEscalations: repo.listUnresolvedEscalations(store).map((e) => ({ ...toEscalation(e, now), accountName: e.account_name })),
  };
}

// ——— Onboarding kit ———

export function shareKitItem(store: Store, input: { accountId: string; itemKey: string; fields: KitShareFields }, now: Date): AccountLifecycle {
  store.tx(() => {
    requireAccount(store, input.accountId);
    repo.upsertKitItem(store, {
      account_id: input.accountId,
      item_key: input.itemKey,
      shared_on: input.fields.sharedOn,
      channel: input.fields.channel,
      note: input.fields.note,
      updated_at: now.toISOString(),
    });
  });
  return getAccountLifecycle(store, input.accountId, now);
}

export function unshareKitItem(store: Store, input: { accountId: string; itemKey: string }, now: Date): AccountLifecycle {
  requireAccount(store, input.accountId);
  store.tx(() => repo.deleteKitItem(store, input.accountId, input.itemKey));
  return getAccountLifecycle(store, input.accountId, now);
}

// ——— Success plan ———

export function addGoal(store: Store, input: { accountId: string; fields: GoalFields }, now: Date): AccountLifecycle {
  store.tx(() => {
    requireAccount(store, input.accountId);
    const at = now.toISOString();
    const id = randomUUID();
    repo.insertGoal(store, { id, account_id: input.accountId, title: input.fields.title, description: input.fields.description, created_at: at, updated_at: at });
    syncGoalDocument(store, id);
  });
  return getAccountLifecycle(store, input.accountId, now);
}

export function updateGoal(store: Store, input: { id: string; fields: GoalFields }, now: Date): AccountLifecycle {
  const goal = repo.findGoal(store, input.id);
  if (!goal) throw notFound('That goal');
  store.tx(() => {
    repo.updateGoalColumns(store, goal.id, { title: input.fields.title, description: input.fields.description, updated_at: now.toISOString() });
    syncGoalDocument(store, goal.id);
  });
  return getAccountLifecycle(store, goal.account_id, now);
}

const milestoneColumns = (f: MilestoneFields) => ({
  title: f.title,
  owner: f.owner,
  evidence_type: f.evidenceType,
  target_date: f.targetDate,
  status: f.status,
});

export function addMilestone(store: Store, input: { goalId: string; fields: MilestoneFields }, now: Date): AccountLifecycle {
  const goal = repo.findGoal(store, input.goalId);
  if (!goal) throw notFound('That goal');
  store.tx(() => {
    const at = now.toISOString();
    repo.insertMilestone(store, { id: randomUUID(), goal_id: goal.id, account_id: goal.account_id, ...milestoneColumns(input.fields), created_at: at, updated_at: at });
    syncGoalDocument(store, goal.id);
  });
  return getAccountLifecycle(store, goal.account_id, now);
}

export function updateMilestone(store: Store, input: { id: string; fields: MilestoneFields }, now: Date): AccountLifecycle {
  const milestone = repo.findMilestone(store, input.id);
  if (!milestone) throw notFound('That milestone');
  store.tx(() => {
    repo.updateMilestoneColumns(store, milestone.id, { ...milestoneColumns(input.fields), updated_at: now.toISOString() });
    syncGoalDocument(store, milestone.goal_id);
  });
  return getAccountLifecycle(store, milestone.account_id, now);
}

// ——— Surveys ———

/**
 * Records one answer. A detractor (or a CSAT / CES of 2 or less) gets a follow-up task due in
 * two days; every answer moves the account's rolling semi-annual survey task to six months
 * after it (seed 001, "Semi-annual NPS and CSAT surveys").
 */
export function recordSurvey(store: Store, input: { accountId: string; fields: SurveyFields }, now: Date): AccountLifecycle {
  store.tx(() => {
    requireAccount(store, input.accountId);
    const contact = findContact(store, input.fields.contactId);
    if (!contact || contact.accountId !== input.accountId) throw fieldError('contactId', 'Choose one of this account’s contacts');
    const today = localIsoDate(now);
    if (input.fields.respondedOn > today) throw fieldError('respondedOn', 'A response can’t be dated in the future');
    const row: SurveyResponsesTable = {
      id: randomUUID(),
      account_id: input.accountId,
      contact_id: contact.id,
      contact_name: contact.name,
      kind: input.fields.kind,
      score: input.fields.score,
      responded_on: input.fields.respondedOn,
      comment: input.fields.comment,
      created_at: now.toISOString(),
    };
    repo.insertSurveyResponse(store, row);
    syncSurveyDocument(store, row);
    if (needsFollowUp(input.fields.kind, input.fields.score)) {
      const label = SURVEY_SCALES[input.fields.kind].label;
      createTask(
        store,
        {
          accountId: input.accountId,
          title: `Follow up with ${contact.name} on their ${label} of ${input.fields.score}`,
          owner: '',
          dueOn: addDays(today, 2),
          source: { kind: 'survey-follow-up', id: row.id },
          dedupeKey: `survey-follow-up:${row.id}`,
        },
        now,
      );
    }
    const nextOn = addMonths(input.fields.respondedOn, SURVEY_CADENCE_MONTHS);
    const key = `survey-cadence:${input.accountId}:${nextOn}`;
    // The latest answer decides the next round; an older answer recorded late never moves it back.
    const latest = repo.listSurveyResponses(store, input.accountId)[0];
    if (latest && latest.id === row.id) {
      removeOpenGeneratedTasksExcept(store, input.accountId, 'survey-cadence', [key]);
      createTask(
        store,
        { accountId: input.accountId, title: 'Semi-annual NPS and CSAT survey', owner: '', dueOn: nextOn, source: { kind: 'survey-cadence', id: null }, dedupeKey: key },
        now,
      );
    }
  });
  return getAccountLifecycle(store, input.accountId, now);
}

// ——— Support ———

const ticketColumns = (f: TicketFields) => ({
  system: f.system,
  ref: f.ref,
  url: f.url,
  title: f.title,
  severity: f.severity,
  status: f.status,
  opened_on: f.openedOn,
  closed_on: f.closedOn,
});

export function addTicket(store: Store, input: { accountId: string; fields: TicketFields }, now: Date): AccountLifecycle {
  store.tx(() => {
    requireAccount(store, input.accountId);
    const at = now.toISOString();
    const row: SupportTicketsTable = { id: randomUUID(), account_id: input.accountId, ...ticketColumns(input.fields), created_at: at, updated_at: at };
    repo.insertTicket(store, row);
    syncTicketDocument(store, row);
  });
  return getAccountLifecycle(store, input.accountId, now);
}

export function updateTicket(store: Store, input: { id: string; fields: TicketFields }, now: Date): AccountLifecycle {
  const ticket = repo.findTicket(store, input.id);
  if (!ticket) throw notFound('That ticket');
  store.tx(() => {
    const changes = { ...ticketColumns(input.fields), updated_at: now.toISOString() };
    repo.updateTicketColumns(store, ticket.id, changes);
    syncTicketDocument(store, { ...ticket, ...changes });
  });
  return getAccountLifecycle(store, ticket.account_id, now);
}

/** Opens an escalation with the response time the account's segment is promised at that level, frozen from now on. */
export function openEscalation(
  store: Store,
  input: { accountId: string; fields: EscalationFields },
  now: Date,
  smb: SmbEscalationMinutes,
): AccountLifecycle {
  store.tx(() => {
    const account = requireAccount(store, input.accountId);
    if (Date.parse(input.fields.openedAt) > now.getTime() + 60_000) throw fieldError('openedAt', 'An escalation can’t open in the future');
    const segment = account.segment as Segment;
    const row: EscalationsTable = {
      id: randomUUID(),
      account_id: input.accountId,
      level: input.fields.level,
      summary: input.fields.summary,
      owner: input.fields.owner,
      opened_at: new Date(input.fields.openedAt).toISOString(),
      first_response_at: null,
      resolved_at: null,
      segment,
      response_minutes: responseMinutes(segment, input.fields.level, smb),
      created_at: now.toISOString(),
    };
    repo.insertEscalation(store, row);
    syncEscalationDocument(store, row);
  });
  return getAccountLifecycle(store, input.accountId, now);
}

/**
 * Records the first response or the resolution. Neither can come before the escalation opened
 * or after now; a resolution with no response yet also counts as the first response.
 */
export function stepEscalation(store: Store, input: { id: string; step: 'firstResponse' | 'resolved'; at: string }, now: Date): AccountLifecycle {
  const escalation = repo.findEscalation(store, input.id);
  if (!escalation) throw notFound('That escalation');
  const at = new Date(input.at).toISOString();
  const issue = (message: string) => new AppError('INVALID_INPUT', message, [{ path: ['at'], message }]);
  if (at < escalation.opened_at) throw issue('That is before the escalation opened');
  if (Date.parse(at) > now.getTime() + 60_000) throw issue('That time is in the future');
  store.tx(() => {
    if (input.step === 'firstResponse') repo.setEscalationTimes(store, escalation.id, { first_response_at: at });
    else repo.setEscalationTimes(store, escalation.id, { resolved_at: at, first_response_at: escalation.first_response_at ?? at });
  });
  return getAccountLifecycle(store, escalation.account_id, now);
}

// ——— Removing ———

export function removeLifecycleRecord(store: Store, input: { kind: 'goal' | 'milestone' | 'survey' | 'ticket' | 'escalation'; id: string }, now: Date): AccountLifecycle {
  const accountId = store.tx(() => {
    switch (input.kind) {
      case 'goal': {
        const goal = repo.findGoal(store, input.id);
        if (!goal) throw notFound('That goal');
        repo.deleteGoal(store, goal.id);
        removeDocument(store, 'success-goal', goal.id);
        return goal.account_id;
      }
      case 'milestone': {
        const m = repo.findMilestone(store, input.id);
        if (!m) throw notFound('That milestone');
        repo.deleteMilestone(store, m.id);
        syncGoalDocument(store, m.goal_id);
        return m.account_id;
      }
      case 'survey': {
        const r = repo.findSurveyResponse(store, input.id);
        if (!r) throw notFound('That survey response');
        repo.deleteSurveyResponse(store, r.id);
        removeDocument(store, 'survey-response', r.id);
        return r.account_id;
      }
      case 'ticket': {
        const t = repo.findTicket(store, input.id);
        if (!t) throw notFound('That ticket');
        repo.deleteTicket(store, t.id);
        removeDocument(store, 'support-ticket', t.id);
        return t.account_id;
      }
      case 'escalation': {
        const e = repo.findEscalation(store, input.id);
        if (!e) throw notFound('That escalation');
        repo.deleteEscalation(store, e.id);
        removeDocument(store, 'escalation', e.id);
        return e.account_id;
      }
    }
  });
  return getAccountLifecycle(store, accountId, now);
}
