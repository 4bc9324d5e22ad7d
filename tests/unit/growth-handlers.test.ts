import { describe, expect, it } from 'vitest';
import { useTestRuntime } from '../support/test-runtime';

const rt = useTestRuntime('growth');
const call = rt.call;

function snapshot() {
  const db = rt.runtime.store!.sqlite;
  return ['releases', 'release_themes', 'opportunities', 'advocacy', 'tasks', 'task_dedupe_keys'].map((t) => db.prepare(`SELECT * FROM ${t} ORDER BY 1`).all());
}

async function account(contractStart: string | null) {
  const r = await call('accounts:create', {
    name: 'Acme', arr: 120_000, segmentOverride: null, stage: 'Adoption', ownerCsm: '', contractStart, renewalDate: null,
    productVersion: '2.9.3', notes: '',
  });
  if (!r.ok) throw new Error(r.error.message);
  return (r.value as { id: string }).id;
}

describe('growth through the IPC door', () => {
  it('refuses a crafted release with a message at the field and writes nothing', async () => {
    await account(null);
    const before = snapshot();
    const bad = await call('growth:recordRelease', { version: '2.x', releasedOn: '2026-11-30', highlights: '', themeIds: [] });
    expect(bad).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: ['version'], message: 'Write the version as numbers with dots, e.g. 2.10.0' }] } });
    const unknownTheme = await call('growth:recordRelease', {
      version: '2.10.0', releasedOn: '2026-11-30', highlights: '', themeIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect(unknownTheme).toMatchObject({ ok: false, error: { issues: [{ path: ['themeIds'] }] } });
    const extra = await call('growth:recordRelease', { version: '2.10.0', releasedOn: '2026-11-30', highlights: '', themeIds: [], sql: 'DROP' });
    expect(extra.ok).toBe(false);
    expect(snapshot()).toEqual(before);
  });

  it('refuses an opportunity past a guardrail without a note, naming the reason, and writes nothing', async () => {
    // Ten days back: inside the first 90 days whatever the machine's time zone.
    const accountId = await account(new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10));
    const before = snapshot();
    const fields = { kind: 'seats', arr: 10_000, stage: 'identified', nextStep: '', nextStepOn: null };
    const refused = await call('growth:createOpportunity', { accountId, fields });
    expect(refused).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('Just onboarded') } });
    const negative = await call('growth:createOpportunity', { accountId, fields: { ...fields, arr: -5 }, overrideNote: 'x' });
    expect(negative).toMatchObject({ ok: false, error: { issues: [{ path: ['fields', 'arr'], message: "ARR can't be negative" }] } });
    expect(snapshot()).toEqual(before);
    const ok = await call('growth:createOpportunity', { accountId, fields, overrideNote: 'Asked by their COO' });
    expect(ok.ok).toBe(true);
  });

  it('refuses crafted links (a renewal closing a bogus opportunity, advocacy from a bogus answer) and writes nothing', async () => {
    const accountId = await account('2024-01-01');
    const contact = await call('contacts:create', {
      accountId,
      fields: { name: 'Dana', title: '', role: '', email: '', phone: '', salutation: '', isChampion: false, isDecisionMaker: false, isSponsor: false, leftOn: null },
    });
    if (!contact.ok) throw new Error(contact.error.message);
    const contactId = (contact.value as { id: string }).id;
    const before = [...snapshot(), rt.runtime.store!.sqlite.prepare('SELECT * FROM renewal_outcomes').all(), rt.runtime.store!.sqlite.prepare('SELECT arr_cents FROM accounts').all()];
    const renewal = { accountId, outcome: 'expanded', newArr: 130_000, reason: null, reasonText: '', nextRenewalDate: '2099-01-01' };
    expect(await call('health:recordRenewal', { ...renewal, opportunityId: 'not-an-id' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: ['opportunityId'], message: 'Not a valid opportunity id' }] },
    });
    expect(await call('health:recordRenewal', { ...renewal, opportunityId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['opportunityId'], message: 'That opportunity is not one of this account’s' }] },
    });
    const advocacy = { contactId, fields: { kind: 'reference', status: 'asked', since: '2026-11-30', until: null, note: '' } };
    expect(await call('growth:saveAdvocacy', { ...advocacy, surveyResponseId: '00000000-0000-4000-8000-000000000000' })).toMatchObject({
      ok: false,
      error: { issues: [{ path: ['surveyResponseId'], message: 'That survey answer no longer exists' }] },
    });
    expect([...snapshot(), rt.runtime.store!.sqlite.prepare('SELECT * FROM renewal_outcomes').all(), rt.runtime.store!.sqlite.prepare('SELECT arr_cents FROM accounts').all()]).toEqual(before);
  });
});
