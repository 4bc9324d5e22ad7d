import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createContact, updateContact } from '../../src/main/contacts/service';
import { listAdvocacy, promoterSuggestions, saveAdvocacy } from '../../src/main/growth/advocacy';
import { createOpportunity, listOpportunities, requireOpportunity, updateOpportunity } from '../../src/main/growth/opportunities';
import { listRenewals, recordRenewal } from '../../src/main/health/renewals';
import { getAccountLifecycle, recordSurvey, removeLifecycleRecord } from '../../src/main/lifecycle/service';
import type { OpportunityFields } from '../../src/shared/growth/schema';
import type { RecordRenewalInput } from '../../src/shared/health/schema';
import { AppError } from '../../src/main/ipc/app-error';
import { account, NOW } from '../support/feedback-fixtures';
import { contactFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = account(t.store, 'Acme', 100_000, { contractStart: '2025-01-01', renewalDate: '2026-12-01' }).id;
});
afterEach(() => t.close());

const seats = (over: Partial<OpportunityFields> = {}): OpportunityFields => ({
  kind: 'seats',
  arr: 20_000,
  stage: 'negotiation',
  nextStep: 'Send the order form',
  nextStepOn: null,
  ...over,
});
const renewal = (over: Partial<RecordRenewalInput>): RecordRenewalInput => ({
  accountId,
  outcome: 'expanded',
  newArr: 120_000,
  reason: null,
  reasonText: '',
  nextRenewalDate: '2027-12-01',
  ...over,
});
const refusal = (act: () => unknown): AppError => {
  try {
    act();
  } catch (e) {
    if (e instanceof AppError) return e;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('a renewal outcome closes the opportunity it settled', () => {
  it('wins the opportunity at an expansion and shows the renewal on it', () => {
    const o = createOpportunity(t.store, accountId, seats(), undefined, NOW);
    const r = recordRenewal(t.store, renewal({ opportunityId: o.id }), NOW);
    expect(requireOpportunity(t.store, o.id)).toMatchObject({ stage: 'won', renewal: { id: r.id, renewalDate: '2026-12-01', outcome: 'expanded' } });
  });

  it('forgets the renewal when the CSM reopens the opportunity', () => {
    const o = createOpportunity(t.store, accountId, seats(), undefined, NOW);
    recordRenewal(t.store, renewal({ opportunityId: o.id }), NOW);
    expect(updateOpportunity(t.store, o.id, seats({ stage: 'won', nextStep: 'Invoice sent' }), undefined, NOW).renewal).not.toBeNull();
    expect(updateOpportunity(t.store, o.id, seats({ stage: 'negotiation' }), undefined, NOW)).toMatchObject({ stage: 'negotiation', renewal: null });
  });

  it('loses it when the renewal did not expand', () => {
    const o = createOpportunity(t.store, accountId, seats(), undefined, NOW);
    recordRenewal(t.store, renewal({ outcome: 'renewed', newArr: 100_000, opportunityId: o.id }), NOW);
    expect(requireOpportunity(t.store, o.id)).toMatchObject({ stage: 'lost', renewal: { outcome: 'renewed' } });
  });

  it('records a renewal without a link as before, leaving opportunities alone', () => {
    const o = createOpportunity(t.store, accountId, seats(), undefined, NOW);
    recordRenewal(t.store, renewal({}), NOW);
    expect(requireOpportunity(t.store, o.id)).toMatchObject({ stage: 'negotiation', renewal: null });
  });

  it("refuses another account's or an already closed opportunity, and records nothing", () => {
    const other = account(t.store, 'Globex', 50_000, { contractStart: '2025-01-01', renewalDate: '2026-12-05' }).id;
    const theirs = createOpportunity(t.store, other, seats(), undefined, NOW);
    const won = createOpportunity(t.store, accountId, seats({ stage: 'won' }), undefined, NOW);
    const foreign = refusal(() => recordRenewal(t.store, renewal({ opportunityId: theirs.id }), NOW));
    expect(foreign.issues).toEqual([{ path: ['opportunityId'], message: 'That opportunity is not one of this account’s' }]);
    const closed = refusal(() => recordRenewal(t.store, renewal({ opportunityId: won.id }), NOW));
    expect(closed.issues?.[0]?.message).toBe('That opportunity is already won');
    expect(listRenewals(t.store, accountId)).toEqual([]);
    expect(listOpportunities(t.store, other)[0]).toMatchObject({ stage: 'negotiation', renewal: null });
  });
});

describe('promoters suggested for advocacy', () => {
  const nps = (contactId: string, score: number, respondedOn: string) =>
    recordSurvey(t.store, { accountId, fields: { contactId, kind: 'nps', score, respondedOn, comment: score >= 9 ? 'Saves us hours' : '' } }, NOW);
  const answerOf = (contactId: string, respondedOn: string) =>
    getAccountLifecycle(t.store, accountId, NOW).surveys.responses.find((r) => r.contactId === contactId && r.respondedOn === respondedOn)!.id;
  const reference = { kind: 'reference' as const, status: 'asked' as const, since: '2026-11-25', until: null, note: '' };

  it("suggests each current contact whose latest NPS is 9–10, and not those at 8 or who've left", () => {
    const dana = createContact(t.store, accountId, contactFields('Dana Scully'), NOW);
    const fox = createContact(t.store, accountId, contactFields('Fox Mulder'), NOW);
    const walter = createContact(t.store, accountId, contactFields('Walter Skinner'), NOW);
    const gone = createContact(t.store, accountId, contactFields('Alex Krycek'), NOW);
    nps(dana.id, 9, '2026-11-20');
    nps(fox.id, 10, '2026-10-01');
    nps(fox.id, 8, '2026-11-15'); // Fox's latest answer is 8: no longer a promoter.
    nps(walter.id, 6, '2026-09-01');
    nps(walter.id, 10, '2026-11-10');
    nps(gone.id, 10, '2026-11-10');
    updateContact(t.store, gone.id, contactFields('Alex Krycek', { leftOn: '2026-11-22' }), NOW);
    expect(promoterSuggestions(t.store, accountId).map((s) => [s.contactName, s.score, s.respondedOn])).toEqual([
      ['Dana Scully', 9, '2026-11-20'],
      ['Walter Skinner', 10, '2026-11-10'],
    ]);
  });

  it('links the advocacy record to the answer, after which the suggestion goes; a later save keeps the link', () => {
    const dana = createContact(t.store, accountId, contactFields('Dana Scully'), NOW);
    nps(dana.id, 10, '2026-11-20');
    const answer = answerOf(dana.id, '2026-11-20');
    expect(promoterSuggestions(t.store, accountId)).toMatchObject([{ surveyResponseId: answer, existingKinds: [] }]);

    const saved = saveAdvocacy(t.store, dana.id, reference, NOW, answer);
    expect(saved.fromSurvey).toEqual({ id: answer, score: 10, respondedOn: '2026-11-20' });
    expect(promoterSuggestions(t.store, accountId)).toEqual([]);
    saveAdvocacy(t.store, dana.id, { ...reference, status: 'active' }, NOW);
    expect(listAdvocacy(t.store, accountId)[0]).toMatchObject({ status: 'active', fromSurvey: { id: answer } });

    // A newer promoter answer is a new prompt (e.g. for a case study), naming what they already do.
    nps(dana.id, 9, '2026-11-24');
    expect(promoterSuggestions(t.store, accountId)).toMatchObject([{ score: 9, existingKinds: ['reference'] }]);

    // Deleting the answer keeps the advocacy record, without the link.
    removeLifecycleRecord(t.store, { kind: 'survey', id: answer }, NOW);
    expect(listAdvocacy(t.store, accountId)[0]).toMatchObject({ status: 'active', fromSurvey: null });
  });

  it("refuses to link a passive's answer or someone else's, and saves nothing", () => {
    const dana = createContact(t.store, accountId, contactFields('Dana Scully'), NOW);
    const fox = createContact(t.store, accountId, contactFields('Fox Mulder'), NOW);
    nps(dana.id, 8, '2026-11-20');
    nps(fox.id, 10, '2026-11-20');
    expect(refusal(() => saveAdvocacy(t.store, dana.id, reference, NOW, answerOf(dana.id, '2026-11-20'))).message).toBe(
      'Only an NPS answer of 9 or 10 can prompt advocacy',
    );
    expect(refusal(() => saveAdvocacy(t.store, dana.id, reference, NOW, answerOf(fox.id, '2026-11-20'))).issues).toEqual([
      { path: ['surveyResponseId'], message: 'That survey answer is from someone else' },
    ]);
    expect(listAdvocacy(t.store, accountId)).toEqual([]);
  });
});
