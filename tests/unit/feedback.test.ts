import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archiveAccount } from '../../src/main/accounts/service';
import { createContact } from '../../src/main/contacts/service';
import { inbox } from '../../src/main/feedback/inbox';
import { createRequest, getRequest, listRequests, removeRequest, updateRequest } from '../../src/main/feedback/requests';
import { productAreas } from '../../src/main/feedback/requests-repository';
import { suggestThemes } from '../../src/main/feedback/suggest';
import {
  createTheme,
  getThemeDetail,
  linkRequest,
  removeTheme,
  setThemeStatus,
  unlinkRequest,
} from '../../src/main/feedback/themes';
import { AppError } from '../../src/main/ipc/app-error';
import { FeedbackFields } from '../../src/shared/feedback/schema';
import { search } from '../../src/main/search/service';
import { listTasks } from '../../src/main/tasks/repository';
import { setTaskDone } from '../../src/main/tasks/service';
import { contactFields } from '../support/records';
import { createTestStore, type TestStore } from '../support/test-store';
import { account, NOW, pdfRequest } from '../support/feedback-fixtures';

let t: TestStore;
beforeEach(() => (t = createTestStore()));
afterEach(() => t.close());

const later = (days: number) => new Date(NOW.getTime() + days * 86_400_000);
const closeTheLoopTasks = (accountId?: string) =>
  listTasks(t.store, { status: 'all', ...(accountId ? { accountId } : {}) }).filter((x) => x.sourceKind === 'feedback-theme');
const theme = (title = 'Access management friction', problemStatement = 'Getting access to data products is slow and unclear.') =>
  createTheme(t.store, { title, problemStatement }, [], NOW).theme;

describe('capturing a request', () => {
  it('keeps the words verbatim, the why-chain in order, the root cause and who asked', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const ana = createContact(t.store, acme.id, contact('Ana Ruiz'), NOW);
    const ben = createContact(t.store, acme.id, contact('Ben Ode'), NOW);
    const r = createRequest(t.store, acme.id, pdfRequest({ askedBy: [ben.id, ana.id], noteId: 'note-42' }), NOW);
    expect(getRequest(t.store, r.id)).toMatchObject({
      accountName: 'Acme',
      request: 'Can we download the DP page as PDF?',
      whys: ['To send it via email.', "Some users don't have access to the Marketplace.", 'The access process is slow and unclear.'],
      rootCause: 'Access management friction, not lack of PDF export.',
      askedBy: [
        { name: 'Ana Ruiz', left: false },
        { name: 'Ben Ode', left: false },
      ],
      noteId: 'note-42',
      themeId: null,
    });
    expect(listRequests(t.store, { noteId: 'note-42' }).map((x) => x.id)).toEqual([r.id]);
  });

  it('edits the chain: steps can be added, reordered and removed', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const r = createRequest(t.store, acme.id, pdfRequest({ whys: ['one'] }), NOW);
    expect(updateRequest(t.store, r.id, pdfRequest({ whys: ['three', 'one', 'two'] }), later(1)).whys).toEqual(['three', 'one', 'two']);
    expect(updateRequest(t.store, r.id, pdfRequest({ whys: [] }), later(2)).whys).toEqual([]);
  });

  it("refuses someone from another account as who asked, and writes nothing", () => {
    const acme = account(t.store, 'Acme', 120_000);
    const globex = account(t.store, 'Globex', 50_000);
    const stranger = createContact(t.store, globex.id, contact('Sam Other'), NOW);
    expect(() => createRequest(t.store, acme.id, pdfRequest({ askedBy: [stranger.id] }), NOW)).toThrow(/this account's contacts/);
    expect(listRequests(t.store, { accountId: acme.id })).toEqual([]);
  });

  it('suggests product areas from earlier entries, most used first', () => {
    const acme = account(t.store, 'Acme', 120_000);
    createRequest(t.store, acme.id, pdfRequest({ productArea: 'Templates' }), NOW);
    createRequest(t.store, acme.id, pdfRequest({ productArea: 'Marketplace' }), NOW);
    createRequest(t.store, acme.id, pdfRequest({ productArea: 'Marketplace' }), NOW);
    createRequest(t.store, acme.id, pdfRequest({ productArea: '' }), NOW);
    expect(productAreas(t.store)).toEqual(['Marketplace', 'Templates']);
  });
});

describe('themes', () => {
  it('counts each account once in ARR at stake, however many of its requests are linked', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const globex = account(t.store, 'Globex', 50_000.5);
    const initech = account(t.store, 'Initech', 10_000);
    const th = theme();
    for (const id of [acme.id, acme.id, acme.id, globex.id, globex.id]) {
      linkRequest(t.store, createRequest(t.store, id, pdfRequest(), NOW).id, th.id, NOW);
    }
    createRequest(t.store, initech.id, pdfRequest(), NOW);
    const detail = getThemeDetail(t.store, th.id);
    expect(detail.theme).toMatchObject({ arrAtStake: 170_000.5, accountCount: 2, requestCount: 5, accountNames: ['Acme', 'Globex'] });
    expect(detail.requests).toHaveLength(5);
  });

  it('keeps every status change with its date, and needs a reason for won\'t do', () => {
    const th = theme();
    setThemeStatus(t.store, th.id, 'under-consideration', null, later(1));
    expect(() => setThemeStatus(t.store, th.id, 'wont-do', '  ', later(2))).toThrow(AppError);
    expect(getThemeDetail(t.store, th.id).theme.status).toBe('under-consideration');
    const d = setThemeStatus(t.store, th.id, 'wont-do', 'Access is managed by the customer IdP', later(3));
    expect(d.theme).toMatchObject({ status: 'wont-do', wontDoReason: 'Access is managed by the customer IdP' });
    const reopened = setThemeStatus(t.store, th.id, 'under-consideration', null, later(4));
    expect(reopened.theme.wontDoReason).toBeNull();
    expect(reopened.history).toEqual([
      { from: null, to: 'new', reason: null, changedAt: NOW.toISOString() },
      { from: 'new', to: 'under-consideration', reason: null, changedAt: later(1).toISOString() },
      { from: 'under-consideration', to: 'wont-do', reason: 'Access is managed by the customer IdP', changedAt: later(3).toISOString() },
      { from: 'wont-do', to: 'under-consideration', reason: null, changedAt: later(4).toISOString() },
    ]);
  });

  it('refuses a move the rules do not allow, with the message at the status field', () => {
    const th = theme();
    setThemeStatus(t.store, th.id, 'shipped', null, NOW);
    try {
      setThemeStatus(t.store, th.id, 'new', null, NOW);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).issues?.[0]?.path).toEqual(['status']);
    }
  });

  it('removing a theme puts its requests back in the inbox, unlinked', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const r = createRequest(t.store, acme.id, pdfRequest(), NOW);
    const th = createTheme(t.store, { title: 'Access', problemStatement: '' }, [r.id], NOW).theme;
    expect(getRequest(t.store, r.id).themeTitle).toBe('Access');
    removeTheme(t.store, th.id);
    expect(getRequest(t.store, r.id).themeId).toBeNull();
    expect(inbox(t.store, {}).map((i) => i.kind)).toEqual(['request']);
  });
});

describe('closing the loop', () => {
  it('gives every linked account exactly one task when a theme ships, due in 7 days, even if shipped twice', () => {
    const acme = account(t.store, 'Acme', 120_000, { ownerCsm: 'Alex' });
    const globex = account(t.store, 'Globex', 50_000, { ownerCsm: 'Sam' });
    const th = theme();
    for (const id of [acme.id, acme.id, globex.id]) linkRequest(t.store, createRequest(t.store, id, pdfRequest(), NOW).id, th.id, NOW);

    setThemeStatus(t.store, th.id, 'planned', null, NOW);
    expect(closeTheLoopTasks()).toEqual([]);
    setThemeStatus(t.store, th.id, 'shipped', null, NOW);
    setThemeStatus(t.store, th.id, 'planned', 'Release pulled', later(1));
    setThemeStatus(t.store, th.id, 'shipped', null, later(2));

    const acmeTasks = closeTheLoopTasks(acme.id);
    const globexTasks = closeTheLoopTasks(globex.id);
    expect(acmeTasks).toHaveLength(1);
    expect(globexTasks).toHaveLength(1);
    expect(acmeTasks[0]).toMatchObject({
      title: 'Close the loop: tell Acme that "Access management friction" has shipped',
      owner: 'Alex',
      dueOn: '2026-12-02',
      sourceKind: 'feedback-theme',
      sourceId: th.id,
    });
    expect(globexTasks[0]?.owner).toBe('Sam');
  });

  it('does not bring back a task already done when the theme ships again', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const th = theme();
    linkRequest(t.store, createRequest(t.store, acme.id, pdfRequest(), NOW).id, th.id, NOW);
    setThemeStatus(t.store, th.id, 'shipped', null, NOW);
    const [task] = closeTheLoopTasks(acme.id);
    setTaskDone(t.store, task!.id, true, later(1));
    setThemeStatus(t.store, th.id, 'planned', null, later(2));
    setThemeStatus(t.store, th.id, 'shipped', null, later(3));
    expect(closeTheLoopTasks(acme.id)).toMatchObject([{ id: task!.id, doneAt: later(1).toISOString() }]);
  });

  it('tells an account linked after the theme shipped, and skips archived accounts', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const gone = account(t.store, 'Gone Inc', 30_000);
    const late = account(t.store, 'Latecomer', 20_000);
    const th = theme();
    linkRequest(t.store, createRequest(t.store, acme.id, pdfRequest(), NOW).id, th.id, NOW);
    linkRequest(t.store, createRequest(t.store, gone.id, pdfRequest(), NOW).id, th.id, NOW);
    archiveAccount(t.store, gone.id, NOW);
    setThemeStatus(t.store, th.id, 'shipped', null, NOW);
    const r = createRequest(t.store, late.id, pdfRequest(), later(5));
    linkRequest(t.store, r.id, th.id, later(5));
    linkRequest(t.store, r.id, th.id, later(6));
    expect(closeTheLoopTasks().map((x) => [x.accountName, x.dueOn])).toEqual([
      ['Acme', '2026-12-02'],
      ['Latecomer', '2026-12-07'],
    ]);
    expect(getThemeDetail(t.store, th.id).theme).toMatchObject({ arrAtStake: 140_000, accountCount: 2 });
  });
});

describe('closing the loop on a request that won\'t be done', () => {
  it('gives every linked account a task with the reason in it, once, and none to an archived account', () => {
    const acme = account(t.store, 'Acme', 120_000, { ownerCsm: 'Alex' });
    const gone = account(t.store, 'Gone Inc', 30_000);
    const th = theme();
    for (const id of [acme.id, gone.id]) linkRequest(t.store, createRequest(t.store, id, pdfRequest(), NOW).id, th.id, NOW);
    archiveAccount(t.store, gone.id, NOW);

    setThemeStatus(t.store, th.id, 'wont-do', 'Access is managed by the customer IdP', NOW);
    setThemeStatus(t.store, th.id, 'under-consideration', null, later(1));
    setThemeStatus(t.store, th.id, 'wont-do', 'Still managed by the IdP', later(2));
    expect(closeTheLoopTasks()).toEqual([
      expect.objectContaining({
        accountName: 'Acme',
        title: 'Close the loop: tell Acme that "Access management friction" won\'t be done, and why: Access is managed by the customer IdP',
        owner: 'Alex',
        dueOn: '2026-12-02',
        sourceId: th.id,
      }),
    ]);
  });

  it('keeps a long reason readable in the title', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const th = theme();
    linkRequest(t.store, createRequest(t.store, acme.id, pdfRequest(), NOW).id, th.id, NOW);
    setThemeStatus(t.store, th.id, 'wont-do', 'because '.repeat(120), NOW);
    const [task] = closeTheLoopTasks(acme.id);
    expect(task!.title.length).toBeLessThanOrEqual(500);
    expect(task!.title.endsWith('…')).toBe(true);
  });
});

describe("seed 001's feature request process and the vendor's issue", () => {
  it('keeps the business justification, the impact assessment and an https link to the vendor issue, and finds them', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const r = createRequest(
      t.store,
      acme.id,
      pdfRequest({
        businessJustification: 'Auditors need offline copies every quarter',
        impactAssessment: 'Blocks the audit workflow for 40 analysts',
        vendorIssueUrl: 'https://gitlab.example.com/product/-/issues/4242',
      }),
      NOW,
    );
    expect(getRequest(t.store, r.id)).toMatchObject({
      businessJustification: 'Auditors need offline copies every quarter',
      impactAssessment: 'Blocks the audit workflow for 40 analysts',
      vendorIssueUrl: 'https://gitlab.example.com/product/-/issues/4242',
    });
    expect(search(t.store, { text: 'auditors' }).groups.map((g) => g.kind)).toEqual(['feedback']);
  });

  it('refuses a vendor issue link that is not https', () => {
    for (const bad of ['javascript:alert(1)', 'http://tracker.example.com/1', 'file:///etc/passwd', 'issue 42']) {
      const parsed = FeedbackFields.safeParse({ ...pdfRequest(), vendorIssueUrl: bad });
      expect(parsed.success, bad).toBe(false);
      if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe("Paste the issue's https:// link");
    }
    expect(FeedbackFields.parse({ ...pdfRequest(), vendorIssueUrl: '' }).vendorIssueUrl).toBe('');
  });
});

describe('the inbox', () => {
  function book() {
    const acme = account(t.store, 'Acme', 120_000);
    const globex = account(t.store, 'Globex', 50_000);
    const initech = account(t.store, 'Initech', 10_000);
    const access = theme('Access management friction');
    const docs = theme('Template docs are thin', 'Platform teams cannot find how to write templates.');
    for (const id of [globex.id, initech.id]) {
      linkRequest(t.store, createRequest(t.store, id, pdfRequest({ category: 'docs-training-gap', route: 'support' }), NOW).id, docs.id, NOW);
    }
    linkRequest(t.store, createRequest(t.store, acme.id, pdfRequest(), later(1)).id, access.id, NOW);
    const bug = createRequest(t.store, initech.id, pdfRequest({ request: 'Export crashes', category: 'bug', route: 'engineering' }), later(2));
    return { acme, globex, initech, access, docs, bug };
  }
  const titles = (items: ReturnType<typeof inbox>) =>
    items.map((i) => (i.kind === 'theme' ? i.theme.title : `request: ${i.request.request}`));

  it('ranks themes and unlinked requests by ARR at stake, by account count or by age', () => {
    book();
    expect(titles(inbox(t.store, { sort: 'arr' }))).toEqual([
      'Access management friction',
      'Template docs are thin',
      'request: Export crashes',
    ]);
    expect(titles(inbox(t.store, { sort: 'accounts' }))[0]).toBe('Template docs are thin');
    expect(titles(inbox(t.store, { sort: 'newest' }))[0]).toBe('request: Export crashes');
    expect(titles(inbox(t.store, { sort: 'oldest' }))).toEqual([
      'Access management friction',
      'Template docs are thin',
      'request: Export crashes',
    ]);
  });

  it('filters by status, category, route, segment and account', () => {
    const b = book();
    setThemeStatus(t.store, b.access.id, 'planned', null, NOW);
    expect(titles(inbox(t.store, { status: 'planned' }))).toEqual(['Access management friction']);
    expect(titles(inbox(t.store, { status: 'new' }))).toEqual(['Template docs are thin', 'request: Export crashes']);
    expect(titles(inbox(t.store, { category: 'bug' }))).toEqual(['request: Export crashes']);
    expect(titles(inbox(t.store, { route: 'support' }))).toEqual(['Template docs are thin']);
    expect(titles(inbox(t.store, { segment: 'Enterprise' }))).toEqual(['Access management friction']);
    expect(titles(inbox(t.store, { accountId: b.initech.id }))).toEqual(['Template docs are thin', 'request: Export crashes']);
  });

  it('leaves archived accounts out, and a deleted request leaves its theme', () => {
    const b = book();
    archiveAccount(t.store, b.initech.id, NOW);
    const items = inbox(t.store, {});
    expect(titles(items)).toEqual(['Access management friction', 'Template docs are thin']);
    const docs = items.find((i) => i.kind === 'theme' && i.theme.id === b.docs.id);
    expect(docs?.kind === 'theme' && docs.theme.arrAtStake).toBe(50_000);
    removeRequest(t.store, listRequests(t.store, { themeId: b.access.id })[0]!.id);
    expect(getThemeDetail(t.store, b.access.id).theme).toMatchObject({ requestCount: 0, arrAtStake: 0 });
  });

  it('unlinking a request puts it back among the unlinked ones', () => {
    const b = book();
    const r = listRequests(t.store, { themeId: b.access.id })[0]!;
    unlinkRequest(t.store, r.id, NOW);
    expect(titles(inbox(t.store, { accountId: b.acme.id }))).toEqual(['request: Can we download the DP page as PDF?']);
  });
});

describe('theme suggestions', () => {
  it('finds existing themes that share words (stemmed) with the request, best first', () => {
    const access = theme('Access management friction', 'Requesting access to the marketplace is slow and unclear.');
    theme('Template docs are thin', 'Platform teams cannot find how to write templates.');
    const other = theme('Slow marketplace search', 'Search results take seconds.');
    const found = suggestThemes(t.store, 'Users lack access; the access requests process is slow');
    expect(found.map((s) => s.id)).toEqual([access.id, other.id]);
    expect(suggestThemes(t.store, 'access', { excludeThemeId: access.id })).toEqual([]);
    expect(suggestThemes(t.store, 'the and of')).toEqual([]);
  });
});

const contact = (name: string) => contactFields(name);

describe('app-wide search', () => {
  it('finds a request by any answer of its why-chain, and forgets it when deleted', () => {
    const acme = account(t.store, 'Acme', 120_000);
    const r = createRequest(t.store, acme.id, pdfRequest(), NOW);
    const hits = () => search(t.store, { text: 'marketplace access', kinds: ['feedback'] }).groups.flatMap((g) => g.hits);
    expect(hits().map((h) => [h.id, h.accountName])).toEqual([[r.id, 'Acme']]);
    updateRequest(t.store, r.id, pdfRequest({ whys: ['Budget'], rootCause: 'Reporting', productArea: '' }), later(1));
    expect(hits()).toEqual([]);
    expect(search(t.store, { text: 'budget', kinds: ['feedback'] }).groups[0]?.hits.map((h) => h.id)).toEqual([r.id]);
    removeRequest(t.store, r.id);
    expect(search(t.store, { text: 'budget', kinds: ['feedback'] }).groups).toEqual([]);
  });
});
