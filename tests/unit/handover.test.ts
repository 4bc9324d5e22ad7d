import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildRecap, type RecapSource } from '../../src/shared/handover/recap';
import { buildDigest, weekStart, type DigestSource } from '../../src/shared/handover/digest';
import { toMarkdown, toPlainText } from '../../src/shared/handover/document';
import { parseSections, sectionJumpTarget, withoutEmptySections } from '../../src/shared/checkins/sections';
import { checkinTemplate } from '../../src/shared/checkins/template';
import { createAccount } from '../../src/main/accounts/service';
import { listAccounts } from '../../src/main/accounts/repository';
import { createContact, listContacts } from '../../src/main/contacts/service';
import { addActionItem, saveNote } from '../../src/main/checkins/service';
import { openChecklist, updateChecklistItem } from '../../src/main/checklist/service';
import { createRequest } from '../../src/main/feedback/requests';
import { issueLicense } from '../../src/main/licenses/service';
import { listTasks } from '../../src/main/tasks/repository';
import { resolveBlocker } from '../../src/main/blockers/service';
import { listBlockers } from '../../src/main/blockers/repository';
import { handoverHandlers } from '../../src/main/handover/handlers';
import { actingPerson } from '../../src/main/settings/actor';
import { renderPdf, pdfSafe } from '../../src/main/handover/pdf';
import { createTestStore, scriptedDialogs, testContext, type TestStore } from '../support/test-store';
import { memoryKeyStore } from '../support/memory-key-store';
import { accountFields, contactFields } from '../support/records';
import { licenseFields } from '../support/license-fixtures';
import { pdfRequest } from '../support/feedback-fixtures';

const now = new Date('2026-11-25T10:00:00.000Z');

const recapSourceFixture = (over: Partial<RecapSource> = {}): RecapSource => ({
  accountName: 'Zürich Insurance',
  csmName: 'Alex Kim',
  note: {
    kind: 'bi-weekly-sync',
    heldAt: '2026-11-25T09:00:00.000Z',
    attendees: [{ name: 'Dana Ruiz' }, { name: 'Alex Kim' }],
    body: checkinTemplate('bi-weekly-sync', { productVersion: '' }).replace('## Health score: track usage, adoption, and OKRs\n\n', '## Health score: track usage, adoption, and OKRs\n\nGreen, adoption up.\n').replace(
      '### Blockers\n\n',
      '### Blockers\n\nBLOCKER: Firewall blocks port 443 (owner: Dana Ruiz)\n',
    ),
  },
  actionItems: [
    { title: 'Send the SSO guide', owner: 'us', dueOn: '2026-12-01', done: false },
    { title: 'Open port 443', owner: 'Dana Ruiz', dueOn: null, done: false },
  ],
  feedback: [{ request: 'Can we download the DP page as PDF?', askedBy: ['Dana Ruiz'] }],
  ...over,
});

describe('note sections', () => {
  it('finds filled sections, counting a heading filled when a section under it is', () => {
    const body = '## Health score\n\n## Q&A\n\n### Blockers\n\nVPN down\n\n### Bugs\n\n';
    const sections = parseSections(body);
    expect(sections.map((s) => [s.heading, s.filled])).toEqual([
      ['Health score', false],
      ['Q&A', true],
      ['Blockers', true],
      ['Bugs', false],
    ]);
    expect(withoutEmptySections(body)).toBe('## Q&A\n\n### Blockers\nVPN down');
  });

  it('jumps to the next and previous heading from a line', () => {
    const body = '## A\ntext\n## B\n\n## C\n';
    expect(sectionJumpTarget(body, 1, 1)).toBe(2);
    expect(sectionJumpTarget(body, 2, 1)).toBe(4);
    expect(sectionJumpTarget(body, 4, 1)).toBeNull();
    expect(sectionJumpTarget(body, 5, -1)).toBe(2);
    expect(sectionJumpTarget(body, 0, -1)).toBeNull();
  });
});

describe('meeting recap', () => {
  it('holds attendees, only the filled sections, action items with owners and dates, and feedback', () => {
    const text = toPlainText(buildRecap(recapSourceFixture()));
    expect(text).toContain('Recap: Zürich Insurance: Bi-weekly sync, 25 Nov 2026');
    expect(text).toContain('Attendees: Dana Ruiz, Alex Kim');
    expect(text).toContain('Health score');
    expect(text).toContain('Green, adoption up.');
    expect(text).toContain('BLOCKER: Firewall blocks port 443');
    // Agenda headings left empty stay out.
    expect(text).not.toContain('Bugs');
    expect(text).not.toContain('Policies');
    expect(text).toContain('- Send the SSO guide (us (Alex Kim), due 1 Dec 2026)');
    expect(text).toContain('- Open port 443 (Dana Ruiz, no date)');
    expect(text).toContain('- Can we download the DP page as PDF? (asked by Dana Ruiz)');
  });

  it('writes Markdown with the sections as headings and the names escaped', () => {
    const md = toMarkdown(buildRecap(recapSourceFixture({ accountName: 'A*B [Co]' })));
    expect(md.startsWith('# Recap: A\\*B \\[Co\\]: Bi-weekly sync, 25 Nov 2026\n')).toBe(true);
    expect(md).toContain('## Health score: track usage, adoption, and OKRs\n\nGreen, adoption up.');
    expect(md).toContain('## Action items\n\n- Send the SSO guide (us (Alex Kim), due 1 Dec 2026)');
    expect(md).toContain('## Feedback captured');
  });

  it('says when a meeting had no action items or attendees', () => {
    const text = toPlainText(buildRecap(recapSourceFixture({ actionItems: [], feedback: [], note: { ...recapSourceFixture().note, attendees: [] } })));
    expect(text).toContain('Attendees: not recorded');
    expect(text).toContain('No action items.');
    expect(text).not.toContain('Feedback captured');
  });
});

describe('weekly digest', () => {
  it('counts each part and lists its detail', () => {
    const source: DigestSource = {
      weekStart: '2026-11-23',
      csmName: 'Alex Kim',
      notes: [{ accountName: 'Globex', kind: 'quarterly-review', heldAt: '2026-11-24T09:00:00.000Z' }],
      blockersOpened: [{ accountName: 'Globex', title: 'VPN', owner: 'IT' }],
      blockersResolved: [],
      readiness: [{ accountName: 'Globex', doneThisWeek: 3, percent: 40 }],
      feedback: [],
      licenses: [{ accountName: 'Globex', licensee: 'Globex AG', kind: 'Temporary', expiresAt: '2026-12-24' }],
    };
    const text = toPlainText(buildDigest(source));
    expect(text).toContain('Weekly digest: 23 Nov 2026 to 29 Nov 2026');
    expect(text).toContain('1 meeting · 1 blocker opened, 0 resolved · readiness moved on 1 account · 0 feedback requests · 1 license issued');
    expect(text).toContain('- 24 Nov 2026: Globex, Quarterly review');
    expect(text).toContain('- Globex: VPN (owner: IT)');
    expect(text).toContain('No blockers resolved.');
    expect(text).toContain('- Globex: 3 items done, now 40% ready');
    expect(text).toContain('- Globex: Globex AG, Temporary, expires 24 Dec 2026');
  });

  it('a week runs Monday to Sunday', () => {
    expect(weekStart('2026-11-25')).toBe('2026-11-23');
    expect(weekStart('2026-11-29')).toBe('2026-11-23');
    expect(weekStart('2026-11-30')).toBe('2026-11-30');
  });
});

describe('handover through the handlers', () => {
  let t: TestStore;
  let accountId: string;
  beforeEach(() => {
    t = createTestStore();
    accountId = createAccount(t.store, accountFields({ contractStart: '2026-11-20' }), now).id;
  });
  afterEach(() => t.close());

  function noteWithEverything() {
    const dana = createContact(t.store, accountId, contactFields('Dana Ruiz', { isEconomicBuyer: true }), now);
    const note = saveNote(
      t.store,
      {
        id: randomUUID(),
        accountId,
        baseRevision: 0,
        draft: {
          kind: 'bi-weekly-sync',
          heldAt: '2026-11-25T09:00:00.000Z',
          attendees: [{ contactId: dana.id, name: 'Dana Ruiz' }],
          body: '## Health score\n\nGreen\n\n### Bugs\n\n\nBLOCKER: Firewall blocks port 443 (owner: Dana Ruiz)\n',
        },
      },
      now,
    );
    addActionItem(t.store, note.id, { title: 'Send the SSO guide', owner: 'Dana Ruiz', dueOn: '2026-12-01' }, now);
    createRequest(t.store, accountId, pdfRequest({ noteId: note.id, askedBy: [dana.id] }), now);
    return note;
  }

  it('copies and saves a recap as Markdown through the save dialog', async () => {
    const note = noteWithEverything();
    let asked = '';
    const ctx = testContext(t, now, scriptedDialogs({ saveTo: (name) => ((asked = name), join(t.dir, name)) }));
    const copied = await handoverHandlers.recap(ctx, { noteId: note.id });
    expect(copied.text).toContain('Send the SSO guide (Dana Ruiz, due 1 Dec 2026)');
    const saved = await handoverHandlers.saveRecap(ctx, { noteId: note.id, format: 'markdown' });
    expect(asked).toBe('Recap Zürich Insurance 2026-11-25.md');
    expect(saved).toEqual({ status: 'saved', path: join(t.dir, asked) });
    const file = readFileSync(join(t.dir, asked), 'utf8');
    expect(file).toBe(copied.markdown);
    expect(file).toContain('- Send the SSO guide (Dana Ruiz, due 1 Dec 2026)');
    expect(file).toContain('- Can we download the DP page as PDF? (asked by Dana Ruiz)');
  });

  it('saves a recap as a PDF, and a cancelled dialog writes nothing', async () => {
    const note = noteWithEverything();
    const ctx = testContext(t, now, scriptedDialogs({ saveTo: (name) => join(t.dir, name) }));
    const saved = await handoverHandlers.saveRecap(ctx, { noteId: note.id, format: 'pdf' });
    if (saved.status !== 'saved') throw new Error('not saved');
    const bytes = readFileSync(saved.path);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(bytes.subarray(-6).toString('latin1')).toContain('%%EOF');
    const cancelled = await handoverHandlers.saveRecap(testContext(t, now), { noteId: note.id, format: 'pdf' });
    expect(cancelled).toEqual({ status: 'cancelled' });
  });

  it("the weekly digest gathers the week's notes, blockers, readiness, feedback and licenses", async () => {
    noteWithEverything();
    const checklist = openChecklist(t.store, accountId, now);
    const first = checklist.sections[0]!.items[0]!;
    updateChecklistItem(t.store, { id: first.id, changes: { status: 'done' } }, now, actingPerson(t.store));
    issueLicense(t.store, memoryKeyStore(), { accountId, fields: licenseFields({ kind: 'temporary', validFrom: '2026-11-25', expiresAt: '2026-12-20' }) }, now, actingPerson(t.store));
    const [blocker] = listBlockers(t.store, { accountId });
    resolveBlocker(t.store, blocker!.id, 'Alex', now);
    const ctx = testContext(t, now, scriptedDialogs({ saveTo: (name) => join(t.dir, name) }));
    const digest = await handoverHandlers.digest(ctx, { weekOf: '2026-11-26' });
    expect(digest.text).toContain('1 meeting · 1 blocker opened, 1 resolved · readiness moved on 1 account · 1 feedback request · 1 license issued');
    expect(digest.text).toContain('Zürich Insurance: Firewall blocks port 443 (resolved by Alex)');
    const quiet = await handoverHandlers.digest(ctx, { weekOf: '2026-11-10' });
    expect(quiet.text).toContain('No meetings this week.');
    const saved = await handoverHandlers.saveDigest(ctx, { weekOf: '2026-11-26', format: 'markdown' });
    if (saved.status !== 'saved') throw new Error('not saved');
    expect(readFileSync(saved.path, 'utf8')).toBe(digest.markdown);
  });

  it('the account at a glance and the accounts table columns agree', async () => {
    noteWithEverything();
    issueLicense(t.store, memoryKeyStore(), { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const glance = await handoverHandlers.glance(testContext(t, new Date('2026-12-05T10:00:00.000Z')), { accountId });
    expect(glance.lastNote?.heldAt).toBe('2026-11-25T09:00:00.000Z');
    expect(glance).toMatchObject({ openActionItems: 1, overdueActionItems: 1, readiness: null });
    expect(glance.licenses.map((l) => l.expiresAt)).toEqual(['2027-11-25']);
    expect(glance.openBlockers.map((b) => b.title)).toEqual(['Firewall blocks port 443']);
    const [row] = listAccounts(t.store, {}, '2026-12-05');
    expect(row).toMatchObject({
      lastTouchAt: '2026-11-25T09:00:00.000Z',
      openActionItems: 1,
      overdueActionItems: 1,
      readinessPercent: null,
      openBlockers: 1,
      nextLicenseExpiry: '2027-11-25',
    });
  });

  it('sorts the accounts table by the glance columns, empty values last', () => {
    noteWithEverything();
    createAccount(t.store, accountFields({ name: 'Globex' }), now);
    expect(listAccounts(t.store, { sort: 'lastTouch', direction: 'desc' }).map((a) => a.name)).toEqual(['Zürich Insurance', 'Globex']);
    expect(listAccounts(t.store, { sort: 'lastTouch', direction: 'asc' }).map((a) => a.name)).toEqual(['Zürich Insurance', 'Globex']);
    expect(listAccounts(t.store, { sort: 'openBlockers', direction: 'asc' }).map((a) => a.name)).toEqual(['Globex', 'Zürich Insurance']);
  });

  it('issuing a license ticks the onboarding task that asks for one', () => {
    const before = listTasks(t.store, { accountId, status: 'all' }).find((task) => task.title.includes('license'));
    expect(before?.doneAt).toBeNull();
    issueLicense(t.store, memoryKeyStore(), { accountId, fields: licenseFields() }, now, actingPerson(t.store));
    const after = listTasks(t.store, { accountId, status: 'all' }).find((task) => task.id === before?.id);
    expect(after?.doneAt).toBe(now.toISOString());
  });

  it('a contact can be the economic buyer', () => {
    createContact(t.store, accountId, contactFields('Dana Ruiz', { isEconomicBuyer: true }), now);
    createContact(t.store, accountId, contactFields('Sam Lee'), now);
    expect(listContacts(t.store, accountId).map((c) => [c.name, c.isEconomicBuyer])).toEqual([
      ['Dana Ruiz', true],
      ['Sam Lee', false],
    ]);
  });
});

describe('PDF text', () => {
  it('keeps Latin-1 and folds other letters to ones the standard font can draw', () => {
    expect(pdfSafe('Zürich — Łódź “ok” 東京')).toBe('Zürich — Lódz “ok” ??');
  });

  it('renders a document', async () => {
    const bytes = await renderPdf(buildRecap(recapSourceFixture()), now);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
