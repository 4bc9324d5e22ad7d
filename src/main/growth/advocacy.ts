import { randomUUID } from 'node:crypto';
import type { Advocacy, AdvocacyFields, GrowthFigures } from '../../shared/growth/schema';
import { OPEN_STAGES } from '../../shared/growth/schema';
import type { Store } from '../db/store';
import { notFound } from '../ipc/app-error';
import { getAccount } from '../accounts/service';
import { requireContact } from '../contacts/service';
import { countAdvocacy, deleteAdvocacy, findAdvocacy, findAdvocacyByContactKind, listAdvocacyRows, pipelineTotals, upsertAdvocacy } from './repository';

export function listAdvocacy(store: Store, accountId: string): Advocacy[] {
  getAccount(store, accountId);
  return listAdvocacyRows(store, accountId);
}

/** One record per contact and kind (a reference, a case study…): saving again updates it. */
export function saveAdvocacy(store: Store, contactId: string, fields: AdvocacyFields, now: Date): Advocacy {
  return store.tx(() => {
    requireContact(store, contactId);
    upsertAdvocacy(store, randomUUID(), contactId, fields, now.toISOString());
    const saved = findAdvocacyByContactKind(store, contactId, fields.kind);
    if (!saved) throw notFound('That advocacy record');
    return saved;
  });
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
