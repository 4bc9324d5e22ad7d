import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listAccountRows } from '../../src/main/accounts/service';
import { createContact } from '../../src/main/contacts/service';
import { createRequest } from '../../src/main/feedback/requests';
import { createTheme, getThemeDetail, linkRequest, setThemeStatus } from '../../src/main/feedback/themes';
import { growthFigures, removeAdvocacy, saveAdvocacy, listAdvocacy } from '../../src/main/growth/advocacy';
import { checkGuardrails } from '../../src/main/growth/guardrail-facts';
import { createOpportunity, listOpportunities, updateOpportunity } from '../../src/main/growth/opportunities';
import { getRelease, notifyAccounts, recordRelease } from '../../src/main/growth/releases';
import { AppError } from '../../src/main/ipc/app-error';
import { listTasks } from '../../src/main/tasks/repository';
import type { OpportunityFields } from '../../src/shared/growth/schema';
import { contactFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';
import { account, NOW, pdfRequest } from '../support/feedback-fixtures';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const tasksOf = (accountId: string) => listTasks(t.store, { accountId, status: 'all' });

/** Two accounts asked for the theme, one didn't; versions on either side of 2.10.0. */
function book() {
  const acme = account(t.store, 'Acme', 120_000, { productVersion: '2.9.3' });
  const globex = account(t.store, 'Globex', 80_000, { productVersion: '2.2.0' });
  const initech = account(t.store, 'Initech', 40_000, { productVersion: '2.10.0' });
  const unknown = account(t.store, 'Umbrella', 10_000, { productVersion: '' });
  createContact(t.store, acme.id, contactFields('Dana Scully', { isChampion: true }), NOW);
  const theme = createTheme(t.store, { title: 'Bulk export to CSV', problemStatement: 'Exports are one at a time.' }, [], NOW).theme;
  for (const a of [acme, globex]) linkRequest(t.store, createRequest(t.store, a.id, pdfRequest(), NOW).id, theme.id, NOW);
  return { acme, globex, initech, unknown, theme };
}

describe('the accounts table by installed version', () => {
  it('sorts semantically with unknown versions last, both ways', () => {
    book();
    const names = (direction: 'asc' | 'desc') => listAccountRows(t.store, { sort: 'productVersion', direction }).map((r) => r.productVersion);
    expect(names('asc')).toEqual(['2.2.0', '2.9.3', '2.10.0', '']);
    expect(names('desc')).toEqual(['2.10.0', '2.9.3', '2.2.0', '']);
  });

  it('filters to the accounts on a version older than the one given', () => {
    book();
    expect(listAccountRows(t.store, { olderThan: '2.10.0' }).map((r) => r.name)).toEqual(['Acme', 'Globex']);
    expect(listAccountRows(t.store, { olderThan: '2.3' }).map((r) => r.name)).toEqual(['Globex']);
  });
});

describe('a release and the accounts that wait for it', () => {
  it('lists accounts on older (or unknown) versions and those whose requests it ships', () => {
    const { theme } = book();
    const release = recordRelease(t.store, { version: 'v2.10', releasedOn: '2026-11-24', highlights: 'Faster search', themeIds: [theme.id] }, NOW);
    expect(release.version).toBe('2.10.0');
    expect(release.toNotify.map((a) => a.name)).toEqual(['Acme', 'Globex', 'Umbrella']);
    expect(release.askedFor.map((a) => [a.name, a.asked])).toEqual([
      ['Acme', ['Bulk export to CSV']],
      ['Globex', ['Bulk export to CSV']],
    ]);
  });

  it('refuses a version recorded twice, one that is not a version, and a theme marked won’t do', () => {
    const { theme } = book();
    recordRelease(t.store, { version: '2.10.0', releasedOn: '2026-11-24', highlights: '', themeIds: [] }, NOW);
    expect(() => recordRelease(t.store, { version: 'v2.10.0', releasedOn: '2026-11-24', highlights: '', themeIds: [] }, NOW)).toThrow(
      'Version 2.10.0 is already recorded.',
    );
    setThemeStatus(t.store, theme.id, 'wont-do', 'Out of scope', NOW);
    expect(() => recordRelease(t.store, { version: '2.11.0', releasedOn: '2026-11-24', highlights: '', themeIds: [theme.id] }, NOW)).toThrow(
      /marked won't do/,
    );
  });

  it('gives each account one notify task with the draft, and a demo offer to those who asked; again adds nothing', () => {
    const { acme, globex, initech, unknown, theme } = book();
    const release = recordRelease(t.store, { version: '2.10.0', releasedOn: '2026-11-24', highlights: '- Faster search', themeIds: [theme.id] }, NOW);
    const first = notifyAccounts(t.store, release.id, 'Sam', NOW);
    expect(first).toEqual({ notifyTasks: 3, demoTasks: 2, created: 5 });

    // The theme shipped through the collector's own path...
    expect(getThemeDetail(t.store, theme.id).theme.status).toBe('shipped');
    // ...and its close-the-loop task is the notify task: one task per account and kind.
    const acmeTasks = tasksOf(acme.id).filter((x) => x.sourceKind !== 'playbook' && x.sourceKind !== 'renewal' && x.sourceKind !== 'cadence');
    expect(acmeTasks.map((x) => x.title).sort()).toEqual([
      'Offer Acme a personalised demo of 2.10.0: Bulk export to CSV',
      'Tell Acme about version 2.10.0',
    ]);
    const notify = acmeTasks.find((x) => x.title.startsWith('Tell'));
    expect(notify?.details).toContain('Hi Dana,');
    expect(notify?.details).toContain('What you asked us for is now there:\n- Bulk export to CSV');
    expect(notify?.details).toContain('- Faster search');
    expect(tasksOf(globex.id).filter((x) => x.sourceKind === 'feedback-theme')).toEqual([]);
    expect(tasksOf(unknown.id).filter((x) => x.sourceKind === 'release').map((x) => x.title)).toEqual(['Tell Umbrella about version 2.10.0']);
    expect(tasksOf(initech.id).filter((x) => x.sourceKind === 'release')).toEqual([]);

    expect(notifyAccounts(t.store, release.id, 'Sam', later(1))).toEqual({ notifyTasks: 3, demoTasks: 2, created: 0 });
    // Shipping the theme again after a correction still adds nothing.
    setThemeStatus(t.store, theme.id, 'planned', 'Pulled', later(2));
    setThemeStatus(t.store, theme.id, 'shipped', null, later(3));
    expect(tasksOf(acme.id).filter((x) => x.sourceKind === 'release' || x.sourceKind === 'feedback-theme')).toHaveLength(2);
    expect(getRelease(t.store, release.id).notifiedAt).toBe(later(1).toISOString());
  });

  it('when the theme shipped before the release was recorded, the close-the-loop task takes the draft', () => {
    const { acme, theme } = book();
    setThemeStatus(t.store, theme.id, 'shipped', null, NOW);
    const release = recordRelease(t.store, { version: '2.10.0', releasedOn: '2026-11-24', highlights: '', themeIds: [theme.id] }, NOW);
    notifyAccounts(t.store, release.id, 'Sam', later(1));
    const mine = tasksOf(acme.id).filter((x) => x.sourceKind === 'release' || x.sourceKind === 'feedback-theme');
    expect(mine.map((x) => x.sourceKind).sort()).toEqual(['feedback-theme', 'release']);
    const notify = mine.find((x) => x.sourceKind === 'feedback-theme');
    expect(notify?.title).toBe('Tell Acme about version 2.10.0');
    expect(notify?.details).toContain('Bulk export to CSV');
  });
});

const opportunity = (over: Partial<OpportunityFields> = {}): OpportunityFields => ({
  kind: 'seats',
  arr: 24_000,
  stage: 'identified',
  nextStep: 'Ask about the new team',
  nextStepOn: '2026-12-10',
  ...over,
});

describe('expansion with seed 003 guardrails', () => {
  it('creates an opportunity freely on a settled account and sums the open pipeline', () => {
    const acme = account(t.store, 'Acme', 120_000, { contractStart: '2025-01-01' });
    createOpportunity(t.store, acme.id, opportunity(), undefined, NOW);
    const won = createOpportunity(t.store, acme.id, opportunity({ kind: 'feature-upsell', arr: 10_000 }), undefined, NOW);
    updateOpportunity(t.store, won.id, opportunity({ kind: 'feature-upsell', arr: 10_000, stage: 'won' }), undefined, NOW);
    expect(growthFigures(t.store)).toMatchObject({ pipelineArr: 24_000, openOpportunities: 1 });
  });

  it('stops a just-onboarded account with the reason named, until a note says why', () => {
    const acme = account(t.store, 'Acme', 120_000, { contractStart: '2026-10-01' });
    expect(checkGuardrails(t.store, acme.id, NOW).guardrails.map((g) => g.code)).toEqual(['just-onboarded']);
    let error: unknown;
    try {
      createOpportunity(t.store, acme.id, opportunity(), '  ', NOW);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).message).toContain('Just onboarded: the contract started 55 days ago');
    expect(listOpportunities(t.store, acme.id)).toEqual([]);

    const made = createOpportunity(t.store, acme.id, opportunity(), 'Their VP asked for it', NOW);
    expect(made.overrideNote).toBe('Their VP asked for it');
    expect(made.overriddenGuardrails.map((g) => g.code)).toEqual(['just-onboarded']);
  });

  it('asks again when moved on, but not when moved back or lost; and counts an unresolved complaint', () => {
    const acme = account(t.store, 'Acme', 120_000, { contractStart: '2025-01-01' });
    const o = createOpportunity(t.store, acme.id, opportunity({ stage: 'proposal' }), undefined, NOW);
    createRequest(t.store, acme.id, pdfRequest({ category: 'bug', priority: 'critical' }), NOW);
    expect(checkGuardrails(t.store, acme.id, NOW).guardrails.map((g) => g.reason)).toEqual(['1 complaint is unresolved.']);
    expect(() => updateOpportunity(t.store, o.id, opportunity({ stage: 'negotiation' }), undefined, NOW)).toThrow(/1 complaint is unresolved/);
    expect(updateOpportunity(t.store, o.id, opportunity({ stage: 'qualified' }), undefined, NOW).stage).toBe('qualified');
    expect(updateOpportunity(t.store, o.id, opportunity({ stage: 'lost' }), undefined, NOW).stage).toBe('lost');
  });
});

describe('advocacy per contact', () => {
  it('keeps one record per contact and kind, and counts active references and case studies', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const dana = createContact(t.store, acme.id, contactFields('Dana Scully'), NOW);
    const base = { since: '2026-11-01', until: null, note: '' };
    saveAdvocacy(t.store, dana.id, { kind: 'reference', status: 'asked', ...base }, NOW);
    saveAdvocacy(t.store, dana.id, { kind: 'reference', status: 'active', ...base }, later(1));
    const cs = saveAdvocacy(t.store, dana.id, { kind: 'case-study', status: 'active', ...base }, NOW);
    expect(listAdvocacy(t.store, acme.id).map((a) => [a.kind, a.status])).toEqual([
      ['case-study', 'active'],
      ['reference', 'active'],
    ]);
    expect(growthFigures(t.store)).toMatchObject({ activeReferences: 1, caseStudies: 1 });
    removeAdvocacy(t.store, cs.id);
    expect(growthFigures(t.store).caseStudies).toBe(0);
  });
});
