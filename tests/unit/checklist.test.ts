import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Checklist, ChecklistItem } from '../../src/shared/checklist/schema';
import { READINESS_TEMPLATE, type ChecklistTemplate } from '../../src/shared/checklist/template';
import { createAccount } from '../../src/main/accounts/service';
import {
  addChecklistItem,
  openChecklist,
  removeChecklistItem,
  restoreChecklistItem,
  updateChecklistItem,
} from '../../src/main/checklist/service';
import { updateSettings } from '../../src/main/settings/service';
import { AppError } from '../../src/main/ipc/app-error';
import { accountFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';
import { actingPerson } from '../../src/main/settings/actor';

const monday = new Date('2026-11-23T09:00:00.000Z');
const tuesday = new Date('2026-11-24T15:30:00.000Z');
const fields = accountFields();

let t: TestStore;
let accountId: string;
beforeEach(() => {
  t = createTestStore();
  accountId = createAccount(t.store, fields, monday).id;
  updateSettings(t.store, { csmName: 'Alex Rivera' });
});
afterEach(() => t.close());

const allItems = (c: Checklist) => c.sections.flatMap((s) => s.items);
const item = (c: Checklist, text: string): ChecklistItem => {
  const found = allItems(c).find((i) => i.text === text);
  if (!found) throw new Error(`no item "${text}"`);
  return found;
};
const section = (c: Checklist, title: string) => {
  const found = c.sections.find((s) => s.title === title);
  if (!found) throw new Error(`no section "${title}"`);
  return found;
};
const rowCount = () => t.store.sqlite.prepare('SELECT count(*) AS n FROM checklist_items').get() as { n: number };

describe('an account’s readiness checklist', () => {
  it('is laid out from the template on first open, every item to do, and opening again changes nothing', () => {
    const first = openChecklist(t.store, accountId, monday);
    expect(first.sections).toHaveLength(READINESS_TEMPLATE.sections.length);
    expect(allItems(first)).toHaveLength(34);
    expect(allItems(first).every((i) => i.status === 'todo' && i.changedAt === null)).toBe(true);
    expect(first.progress).toEqual({ done: 0, applicable: 34, percent: 0 });
    expect(first.ready).toBe(false);

    const again = openChecklist(t.store, accountId, tuesday);
    expect(again).toEqual(first);
    expect(rowCount().n).toBe(34);
  });

  it('gives each account its own instance', () => {
    const other = createAccount(t.store, { ...fields, name: 'Globex' }, monday).id;
    const a = openChecklist(t.store, accountId, monday);
    updateChecklistItem(t.store, { id: item(a, 'Logo, theme').id, changes: { status: 'done' } }, tuesday, actingPerson(t.store));
    const b = openChecklist(t.store, other, monday);
    expect(item(b, 'Logo, theme').status).toBe('todo');
    expect(item(openChecklist(t.store, accountId, tuesday), 'Logo, theme').status).toBe('done');
  });

  it('nests the RBAC groups under "Proper RBAC setup"', () => {
    const c = openChecklist(t.store, accountId, monday);
    expect(item(c, 'At least three groups (Platform, Control Plane, Marketplace Users)').parentId).toBe(
      item(c, 'Proper RBAC setup').id,
    );
  });

  it('records status, note and evidence with who changed them and when', () => {
    const c = openChecklist(t.store, accountId, monday);
    const rbac = item(c, 'Proper RBAC setup');
    const after = updateChecklistItem(
      t.store,
      { id: rbac.id, changes: { status: 'in-progress', note: 'Groups exist; Control Plane still empty', evidence: 'https://wiki.example.com/rbac' } },
      tuesday, actingPerson(t.store),
    );
    expect(item(after, 'Proper RBAC setup')).toMatchObject({
      status: 'in-progress',
      note: 'Groups exist; Control Plane still empty',
      evidence: 'https://wiki.example.com/rbac',
      changedBy: 'Alex Rivera',
      changedAt: tuesday.toISOString(),
    });
    expect(item(openChecklist(t.store, accountId, tuesday), 'Proper RBAC setup').note).toBe('Groups exist; Control Plane still empty');
  });

  it('keeps who and when as they were when a save changes nothing', () => {
    const c = openChecklist(t.store, accountId, monday);
    const id = item(c, 'Blueprints').id;
    updateChecklistItem(t.store, { id, changes: { status: 'done' } }, monday, actingPerson(t.store));
    updateSettings(t.store, { csmName: 'Sam' });
    const after = updateChecklistItem(t.store, { id, changes: { status: 'done' } }, tuesday, actingPerson(t.store));
    expect(item(after, 'Blueprints')).toMatchObject({ changedBy: 'Alex Rivera', changedAt: monday.toISOString() });
  });

  it('counts progress per section and overall without not-applicable items, and says when it is ready', () => {
    let c = openChecklist(t.store, accountId, monday);
    const policies = section(c, 'Policies');
    c = updateChecklistItem(t.store, { id: policies.items[0]!.id, changes: { status: 'done' } }, monday, actingPerson(t.store));
    expect(section(c, 'Policies').progress).toEqual({ done: 1, applicable: 2, percent: 50 });
    c = updateChecklistItem(t.store, { id: policies.items[1]!.id, changes: { status: 'not-applicable' } }, monday, actingPerson(t.store));
    expect(section(c, 'Policies').progress).toEqual({ done: 1, applicable: 1, percent: 100 });
    expect(c.progress).toEqual({ done: 1, applicable: 33, percent: 3 });

    for (const i of allItems(c).filter((x) => x.status === 'todo')) {
      expect(c.ready).toBe(false);
      c = updateChecklistItem(t.store, { id: i.id, changes: { status: 'done' } }, monday, actingPerson(t.store));
    }
    expect(c.progress).toEqual({ done: 33, applicable: 33, percent: 100 });
    expect(c.ready).toBe(true);
  });

  it('adds custom items at the end of a section, counts them, and removes them with undo', () => {
    openChecklist(t.store, accountId, monday);
    addChecklistItem(t.store, { accountId, sectionKey: 'custom-components', text: 'Lineage widget deployed' }, monday, actingPerson(t.store));
    let c = addChecklistItem(t.store, { accountId, sectionKey: 'custom-components', text: 'Cost panel deployed' }, monday, actingPerson(t.store));
    const custom = section(c, 'Custom Components');
    expect(custom.items.map((i) => [i.text, i.origin])).toEqual([
      ['Custom Components', 'template'],
      ['Lineage widget deployed', 'custom'],
      ['Cost panel deployed', 'custom'],
    ]);
    expect(c.progress.applicable).toBe(36);

    const lineage = item(c, 'Lineage widget deployed');
    updateChecklistItem(t.store, { id: lineage.id, changes: { status: 'in-progress', note: 'Waiting for the platform team' } }, tuesday, actingPerson(t.store));
    c = removeChecklistItem(t.store, lineage.id, tuesday);
    expect(allItems(c).map((i) => i.text)).not.toContain('Lineage widget deployed');
    expect(c.progress.applicable).toBe(35);

    c = restoreChecklistItem(t.store, lineage.id);
    expect(section(c, 'Custom Components').items.map((i) => i.text)).toEqual([
      'Custom Components',
      'Lineage widget deployed',
      'Cost panel deployed',
    ]);
    expect(item(c, 'Lineage widget deployed')).toMatchObject({ status: 'in-progress', note: 'Waiting for the platform team' });
  });

  it('opens the checklist for a custom item added before the account was ever opened', () => {
    const c = addChecklistItem(t.store, { accountId, sectionKey: 'marketplace', text: 'Search synonyms configured' }, monday, actingPerson(t.store));
    expect(allItems(c)).toHaveLength(35);
    expect(section(c, 'Marketplace').items.at(-1)?.text).toBe('Search synonyms configured');
  });

  it("refuses to remove a template item, a custom item in a section that doesn't exist, and unknown items", () => {
    const c = openChecklist(t.store, accountId, monday);
    expect(() => removeChecklistItem(t.store, item(c, 'Blueprints').id, monday)).toThrow(/not applicable/);
    expect(allItems(openChecklist(t.store, accountId, monday))).toHaveLength(34);
    try {
      addChecklistItem(t.store, { accountId, sectionKey: 'nope', text: 'x' }, monday, actingPerson(t.store));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).issues?.[0]?.path).toEqual(['sectionKey']);
    }
    const missing = '00000000-0000-4000-8000-000000000000';
    expect(() => updateChecklistItem(t.store, { id: missing, changes: { status: 'done' } }, monday, actingPerson(t.store))).toThrow(/not found/);
    expect(() => openChecklist(t.store, missing, monday)).toThrow(/account was not found/);
    expect(rowCount().n).toBe(34);
  });

  it('is deleted with its account', () => {
    openChecklist(t.store, accountId, monday);
    t.store.sqlite.prepare('DELETE FROM accounts WHERE id = ?').run(accountId);
    expect(rowCount().n).toBe(0);
  });
});

describe('a newer template', () => {
  const v1: ChecklistTemplate = {
    version: 1,
    sections: [
      { key: 'policies', title: 'Policies', items: [{ key: 'policies.starter-set', text: 'Initialised with starter polices' }] },
      { key: 'marketplace', title: 'Marketplace', items: [{ key: 'marketplace.custom-views', text: 'Custom Views' }] },
    ],
  };
  const v2: ChecklistTemplate = {
    version: 2,
    sections: [
      {
        key: 'policies',
        title: 'Policies',
        items: [
          { key: 'policies.starter-set', text: 'Initialized with a starter set of policies' },
          { key: 'policies.spec-validation', text: 'At least one specification validation policy in place' },
        ],
      },
      { key: 'security', title: 'Security', items: [{ key: 'security.sso', text: 'Single sign-on configured' }] },
      {
        key: 'marketplace',
        title: 'Marketplace',
        items: [
          { key: 'marketplace.indexes', text: 'Customized indexes, filters, heatmaps' },
          { key: 'marketplace.custom-views', text: 'Custom Views' },
        ],
      },
    ],
  };

  it('adds its new items and sections to existing instances and keeps every answer already given', () => {
    let c = openChecklist(t.store, accountId, monday, v1);
    const starter = item(c, 'Initialised with starter polices');
    const views = item(c, 'Custom Views');
    updateChecklistItem(t.store, { id: starter.id, changes: { status: 'done', evidence: 'Policy library imported' } }, monday, actingPerson(t.store), v1);
    updateChecklistItem(t.store, { id: views.id, changes: { status: 'not-applicable', note: 'No custom views planned' } }, monday, actingPerson(t.store), v1);
    c = addChecklistItem(t.store, { accountId, sectionKey: 'marketplace', text: 'Domain landing pages' }, monday, actingPerson(t.store), v1);
    const landing = item(c, 'Domain landing pages');
    updateChecklistItem(t.store, { id: landing.id, changes: { status: 'in-progress' } }, monday, actingPerson(t.store), v1);

    updateSettings(t.store, { csmName: 'Sam' });
    c = openChecklist(t.store, accountId, tuesday, v2);
    expect(c.templateVersion).toBe(2);
    expect(c.sections.map((s) => [s.title, s.items.map((i) => i.text)])).toEqual([
      ['Policies', ['Initialized with a starter set of policies', 'At least one specification validation policy in place']],
      ['Security', ['Single sign-on configured']],
      ['Marketplace', ['Customized indexes, filters, heatmaps', 'Custom Views', 'Domain landing pages']],
    ]);
    expect(item(c, 'Initialized with a starter set of policies')).toMatchObject({
      id: starter.id,
      status: 'done',
      evidence: 'Policy library imported',
      changedBy: 'Alex Rivera',
      changedAt: monday.toISOString(),
    });
    expect(item(c, 'Custom Views')).toMatchObject({ id: views.id, status: 'not-applicable', note: 'No custom views planned' });
    expect(item(c, 'Domain landing pages')).toMatchObject({ id: landing.id, status: 'in-progress', origin: 'custom' });
    expect(item(c, 'Single sign-on configured')).toMatchObject({ status: 'todo', changedAt: null });
    expect(c.progress).toEqual({ done: 1, applicable: 5, percent: 20 });

    expect(openChecklist(t.store, accountId, tuesday, v2)).toEqual(c);
    expect(rowCount().n).toBe(6);
  });

  it('leaves an upgraded instance whole when an older template opens it', () => {
    openChecklist(t.store, accountId, monday, v2);
    const c = openChecklist(t.store, accountId, tuesday, v1);
    expect(c.templateVersion).toBe(2);
    expect(rowCount().n).toBe(5);
    // Items the older template doesn't know are still shown, with the text they were stored with.
    expect(allItems(c).map((i) => i.text)).toEqual(expect.arrayContaining(['Single sign-on configured', 'At least one specification validation policy in place']));
  });
});

describe('the shipped template’s version 2', () => {
  /** Version 1 as it shipped: "Tech Adapters" only a heading over its four items. */
  const shippedV1: ChecklistTemplate = {
    version: 1,
    sections: READINESS_TEMPLATE.sections.map((s) => ({
      ...s,
      items: s.items.filter((i) => i.key !== 'tech-adapters.in-place').map(({ parentKey, ...i }) => (parentKey === 'tech-adapters.in-place' ? i : { ...i, parentKey })),
    })),
  };

  it('makes "Tech Adapters" an item to tick above its four sub-items, keeping every answer given under version 1', () => {
    let c = openChecklist(t.store, accountId, monday, shippedV1);
    expect(allItems(c).map((i) => i.text)).not.toContain('Tech Adapters');
    const catalog = item(c, 'Data Catalog Integration');
    updateChecklistItem(t.store, { id: catalog.id, changes: { status: 'done', evidence: 'Collibra sync runs nightly' } }, monday, actingPerson(t.store), shippedV1);
    const rbac = item(c, 'Proper RBAC setup');
    updateChecklistItem(t.store, { id: rbac.id, changes: { status: 'in-progress', note: 'Groups being created' } }, monday, actingPerson(t.store), shippedV1);
    c = addChecklistItem(t.store, { accountId, sectionKey: 'tech-adapters', text: 'Snowflake TA' }, monday, actingPerson(t.store), shippedV1);
    const custom = item(c, 'Snowflake TA');

    c = openChecklist(t.store, accountId, tuesday);
    expect(c.templateVersion).toBe(2);
    const ta = section(c, 'Tech Adapters');
    expect(ta.items.map((i) => [i.text, i.parentId])).toEqual([
      ['Tech Adapters', null],
      ['Data Catalog Integration', ta.items[0]!.id],
      ['TA tested by platform team and ideally by beta tester on real scenarios', ta.items[0]!.id],
      ['TA provide clear errors and feedback', ta.items[0]!.id],
      ['Webhooks and integrations (if needed) working', ta.items[0]!.id],
      ['Snowflake TA', null],
    ]);
    expect(item(c, 'Tech Adapters')).toMatchObject({ status: 'todo', origin: 'template', changedAt: null });
    expect(item(c, 'Data Catalog Integration')).toMatchObject({ id: catalog.id, status: 'done', evidence: 'Collibra sync runs nightly', changedBy: 'Alex Rivera' });
    expect(item(c, 'Proper RBAC setup')).toMatchObject({ id: rbac.id, status: 'in-progress', note: 'Groups being created' });
    expect(item(c, 'Snowflake TA')).toMatchObject({ id: custom.id, origin: 'custom' });

    const tech = item(c, 'Tech Adapters');
    c = updateChecklistItem(t.store, { id: tech.id, changes: { status: 'done' } }, tuesday, actingPerson(t.store));
    expect(item(c, 'Tech Adapters').status).toBe('done');
    expect(rowCount().n).toBe(35);
  });
});
