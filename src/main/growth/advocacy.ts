import { randomUUID } from 'node:crypto';
import type { Advocacy, AdvocacyFields, AdvocacyKind, GrowthFigures, PromoterSuggestion } from '../../shared/growth/schema';
import { OPEN_STAGES, PROMOTER_MIN_SCORE } from '../../shared/growth/schema';
import type { Store } from '../db/store';
import { AppError, notFound } from '../ipc/app-error';
import { getAccount } from '../accounts/service';
import { requireContact } from '../contacts/service';
import {
  advocacyLinksOfAccount,
  countAdvocacy,
  deleteAdvocacy,
  findAdvocacy,
  findAdvocacyByContactKind,
  findSurveyAnswer,
  listAdvocacyRows,
  npsAnswersOfCurrentContacts,
  pipelineTotals,
  upsertAdvocacy,
} from './repository';

export function listAdvocacy(store: Store, accountId: string): Advocacy[] {
  getAccount(store, accountId);
  return listAdvocacyRows(store, accountId);
}

/** A survey answer an advocacy record may come from: this contact's NPS answer of 9 or 10. */
function requirePromoterAnswer(store: Store, contactId: string, surveyResponseId: string): void {
  const answer = findSurveyAnswer(store, surveyResponseId);
  const refuse = (message: string) => new AppError('INVALID_INPUT', message, [{ path: ['surveyResponseId'], message }]);
  if (!answer) throw refuse('That survey answer no longer exists');
  if (answer.contact_id !== contactId) throw refuse('That survey answer is from someone else');
  if (answer.kind !== 'nps' || answer.score < PROMOTER_MIN_SCORE) throw refuse('Only an NPS answer of 9 or 10 can prompt advocacy');
}

/**
 * One record per contact and kind (a reference, a case study…): saving again updates it. Asked
 * from a promoter's answer, the record links to that answer (a later save without one keeps it).
 */
export function saveAdvocacy(store: Store, contactId: string, fields: AdvocacyFields, now: Date, surveyResponseId?: string): Advocacy {
  return store.tx(() => {
    requireContact(store, contactId);
    if (surveyResponseId) requirePromoterAnswer(store, contactId, surveyResponseId);
    upsertAdvocacy(store, randomUUID(), contactId, fields, surveyResponseId, now.toISOString());
    const saved = findAdvocacyByContactKind(store, contactId, fields.kind);
    if (!saved) throw notFound('That advocacy record');
    return saved;
  });
}

/**
 * Seed 001's "request referral / testimonial" signal on one account: each current contact whose
 * latest NPS answer is 9 or 10, until an advocacy record is asked for from that answer.
 */
export function promoterSuggestions(store: Store, accountId: string): PromoterSuggestion[] {
  getAccount(store, accountId);
  const links = advocacyLinksOfAccount(store, accountId);
  const linked = new Set(links.map((l) => l.survey_response_id).filter((id): id is string => id !== null));
  const seen = new Set<string>();
  const out: PromoterSuggestion[] = [];
  // Newest first, so the first answer per contact is their latest.
  for (const a of npsAnswersOfCurrentContacts(store, accountId)) {
    const contactId = a.contact_id;
    if (contactId === null || seen.has(contactId)) continue;
    seen.add(contactId);
    if (a.score < PROMOTER_MIN_SCORE || linked.has(a.id)) continue;
    out.push({
      contactId,
      contactName: a.contact_name,
      surveyResponseId: a.id,
      score: a.score,
      respondedOn: a.responded_on,
      comment: a.comment,
      existingKinds: links.filter((l) => l.contact_id === contactId).map((l) => l.kind as AdvocacyKind),
    });
  }
  return out;
}

export function removeAdvocacy(store: Store, id: string): { id: string } {
  return store.tx(() => {
    if (!findAdvocacy(store, id)) throw notFound('That advocacy record');
    deleteAdvocacy(store, id);
    return { id };
  });
}

/**
 * The book's growth figures for Today (seed 001's business impact: expansion revenue,
 * advocacy participation): open pipeline, active references, case studies in the works or
 * published.
 */
export function growthFigures(store: Store): GrowthFigures {
  const pipeline = pipelineTotals(store, OPEN_STAGES);
  return {
    pipelineArr: pipeline.arrCents / 100,
    openOpportunities: pipeline.count,
    activeReferences: countAdvocacy(store, 'reference', ['willing', 'active']),
    caseStudies: countAdvocacy(store, 'case-study', ['active', 'done']),
  };
}
