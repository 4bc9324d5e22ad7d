import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checklist, ChecklistItem } from '../../src/shared/checklist/schema';
import type { ChecklistTemplate } from '../../src/shared/checklist/template';
import { archiveAccount, createAccount, restoreAccount } from '../../src/main/accounts/service';
import {
  addChecklistItem,
  openChecklist,
  removeChecklistItem,
  restoreChecklistItem,
  updateChecklistItem,
} from '../../src/main/checklist/service';
import { search } from '../../src/main/search/service';
import { createTestStore, type TestStore } from '../support/test-store';
import { actingPerson } from '../../src/main/settings/actor';

const now = new Date('2026-11-25T10:00:00.000Z');

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = createAccount(
    t.store,
    { name: 'Helvetia Data', arr: 60_000, segmentOverride: null, stage: 'Onboarding', ownerCsm: '', contractStart: null, renewalDate: null, productVersion: '', notes: '' },
    now,
  ).id;
});
afterEach(() => t.close());

const item = (c: Checklist, text: string): ChecklistItem => {
  const found = c.sections.flatMap((s) => s.items).find((i) => i.text === text);
  if (!found) throw new Error(`no item "${text}"`);
  return found;
};
/** The checklist hits for a query: item title and account. */
const found = (text: string) =>
  (search(t.store, { text, kinds: ['checklist-item'] }).groups[0]?.hits ?? []).map((h) => ({ title: h.title.text, id: h.id, accountId: h.accountId }));

describe('searching checklist notes and evidence', () => {
  it('finds an item by a word of its note or its evidence, titled by the item, diacritics folded', () => {
    const c = openChecklist(t.store, accountId, now);
    const rbac = item(c, 'Proper RBAC setup');
    updateChecklistItem(t.store, { id: rbac.id, changes: { note: 'Groups agreed with the Zürich platform team' } }, now, actingPerson(t.store));
    updateChecklistItem(t.store, { id: item(c, 'Blueprints').id, changes: { evidence: 'https://gitlab.example.com/blueprints/merge_requests/7' } }, now, actingPerson(t.store));

    expect(found('zurich')).toEqual([{ title: 'Proper RBAC setup', id: rbac.id, accountId }]);
    expect(found('merge_requests').map((h) => h.title)).toEqual(['Blueprints']);
    // Items with neither note nor evidence aren't in the index: the template's words alone find nothing.
    expect(found('Landscape')).toEqual([]);
  });

  it('follows edits: the old words stop matching, the new ones match, and clearing both removes it', () => {
    const c = openChecklist(t.store, accountId, now);
    const id = item(c, 'Initialized with a starter set of policies').id;
    updateChecklistItem(t.store, { id, changes: { note: 'Waiting for governance board' } }, now, actingPerson(t.store));
    updateChecklistItem(t.store, { id, changes: { note: 'Approved by the steering committee' } }, now, actingPerson(t.store));
    expect(found('governance')).toEqual([]);
    expect(found('steering')).toHaveLength(1);
    updateChecklistItem(t.store, { id, changes: { status: 'done' } }, now, actingPerson(t.store));
    expect(found('steering')).toHaveLength(1);
    updateChecklistItem(t.store, { id, changes: { note: '  ' } }, now, actingPerson(t.store));
    expect(found('steering')).toEqual([]);
  });

  it('forgets a removed custom item and finds it again when the removal is undone', () => {
    openChecklist(t.store, accountId, now);
    const c = addChecklistItem(t.store, { accountId, sectionKey: 'custom-components', text: 'Lineage widget deployed' }, now, actingPerson(t.store));
    const id = item(c, 'Lineage widget deployed').id;
    updateChecklistItem(t.store, { id, changes: { note: 'Needs the OpenLineage endpoint' } }, now, actingPerson(t.store));
    expect(found('openlineage')).toHaveLength(1);
    removeChecklistItem(t.store, id, now);
    expect(found('openlineage')).toEqual([]);
    restoreChecklistItem(t.store, id);
    expect(found('openlineage')).toEqual([{ title: 'Lineage widget deployed', id, accountId }]);
  });

  it("leaves an archived account's checklist out of the results until it is restored", () => {
    const c = openChecklist(t.store, accountId, now);
    updateChecklistItem(t.store, { id: item(c, 'Custom Views').id, changes: { note: 'Finance view sketched' } }, now, actingPerson(t.store));
    archiveAccount(t.store, accountId, now);
    expect(found('finance')).toEqual([]);
    restoreAccount(t.store, accountId, now);
    expect(found('finance')).toHaveLength(1);
  });

  it('writes the note and its search document in one transaction', () => {
    const c = openChecklist(t.store, accountId, now);
    const id = item(c, 'Custom Views').id;
    expect(() =>
      t.store.tx(() => {
        updateChecklistItem(t.store, { id, changes: { note: 'Marketplace heatmap agreed' } }, now, actingPerson(t.store));
        throw new Error('power cut');
      }),
    ).toThrow('power cut');
    expect(item(openChecklist(t.store, accountId, now), 'Custom Views').note).toBe('');
    expect(found('heatmap')).toEqual([]);
  });

  it("takes a newer template's wording as the title of an answered item", () => {
    const v1: ChecklistTemplate = { version: 1, sections: [{ key: 'policies', title: 'Policies', items: [{ key: 'policies.starter-set', text: 'Initialised with starter polices' }] }] };
    const v2: ChecklistTemplate = { version: 2, sections: [{ key: 'policies', title: 'Policies', items: [{ key: 'policies.starter-set', text: 'Initialized with a starter set of policies' }] }] };
    const c = openChecklist(t.store, accountId, now, v1);
    updateChecklistItem(t.store, { id: c.sections[0]!.items[0]!.id, changes: { evidence: 'Policy library imported' } }, now, actingPerson(t.store), v1);
    expect(found('library').map((h) => h.title)).toEqual(['Initialised with starter polices']);
    openChecklist(t.store, accountId, now, v2);
    expect(found('library').map((h) => h.title)).toEqual(['Initialized with a starter set of policies']);
  });
});
