import type { Page } from '@playwright/test';
import { NO_SIGNALS } from '../../src/shared/health/signals';
import type { Api } from '../../src/shared/ipc/contract';
import { axeTour, describeFindings } from './axe-check';
import { test, expect } from './fixtures';

/**
 * Set-up through the page's own API (the door the UI uses): three accounts on different
 * versions, a champion at Northwind, and a theme that Northwind and Globex asked for.
 */
async function seedBook(page: Page) {
  return page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const account = async (name: string, productVersion: string, contractStart: string | null = '2024-01-01') =>
      must(
        await api.accounts.create({
          name, arr: 100_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart, renewalDate: null,
          productVersion, notes: '',
        }),
      ).id;
    const northwind = await account('Northwind Health', '2.9.3');
    const globex = await account('Globex Mobility', '2.2.0');
    await account('Initech', '2.10.0');
    must(
      await api.contacts.create({
        accountId: northwind,
        fields: {
          name: 'Giulia Rossi', title: 'Head of Data', role: '', email: '', phone: '', salutation: '',
          isChampion: true, isDecisionMaker: false, isSponsor: false, leftOn: null,
        },
      }),
    );
    const request = async (accountId: string) =>
      must(
        await api.feedback.create({
          accountId,
          fields: {
            request: 'Bulk export', whys: [], rootCause: 'Exports are one at a time', askedBy: [], category: 'feature-request',
            productArea: 'Exports', route: 'pm', priority: 'medium', noteId: null,
          },
        }),
      ).id;
    const first = await request(northwind);
    const second = await request(globex);
    must(await api.feedback.createTheme({ fields: { title: 'Bulk export to CSV', problemStatement: 'Exports are one at a time.' }, requestIds: [first, second] }));
    return { northwind, globex };
  });
}

test('a release that ships a theme two accounts asked for gives both a notify task with a draft and a demo offer, once', async ({ page }) => {
  test.setTimeout(120_000);
  await seedBook(page);
  await page.reload();

  // The accounts table sorts by installed version semantically and filters to older ones.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Version' }).click();
  const rows = page.getByRole('region', { name: /Accounts table/ }).getByRole('row');
  await expect(rows.nth(1)).toContainText('Globex Mobility');
  await expect(rows.nth(3)).toContainText('Initech');
  await page.getByLabel('Older than version').fill('2.10.0');
  await expect(page.getByRole('link', { name: 'Initech' })).toBeHidden();
  await expect(page.getByRole('link', { name: 'Northwind Health' })).toBeVisible();
  await page.getByLabel('Older than version').fill('');

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Releases' }).click();
  await expect(page.getByRole('heading', { name: 'No releases recorded' })).toBeVisible();
  await page.getByRole('button', { name: 'Record release' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Record release' });
  await dialog.getByLabel('Version').fill('2.10');
  await dialog.getByLabel('Highlights').fill('Faster search\nBulk export to CSV');
  await dialog.getByLabel(/Bulk export to CSV/).check();
  await dialog.getByRole('button', { name: 'Record release' }).click();
  await expect(dialog).toBeHidden();

  const pane = page.getByRole('complementary', { name: 'Release 2.10.0' });
  await expect(pane.getByRole('list', { name: 'Accounts whose requests it ships' }).getByRole('listitem')).toHaveCount(2);
  await expect(pane.getByRole('list', { name: 'Accounts to notify' })).not.toContainText('Initech');
  await pane.getByRole('button', { name: 'Notify accounts' }).click();
  await expect(page.getByText('Added 4 tasks: 2 to notify, 2 demo offers.')).toBeVisible();
  // Once more: nothing new.
  await pane.getByRole('button', { name: 'Notify accounts' }).click();
  await expect(page.getByText('Every account already has its tasks for this release.')).toBeVisible();

  const asked = pane.getByRole('list', { name: 'Accounts whose requests it ships' });
  for (const name of ['Northwind Health', 'Globex Mobility']) {
    await asked.getByRole('link', { name }).click();
    const tasks = page.getByRole('list', { name: `Tasks for ${name}` });
    await expect(tasks.getByText(`Tell ${name} about version 2.10.0`)).toHaveCount(1);
    await expect(tasks.getByText(`Offer ${name} a personalised demo of 2.10.0: Bulk export to CSV`)).toHaveCount(1);
    // The theme shipped, but its close-the-loop task is the notify task: not a second one.
    await expect(tasks.getByText(/Close the loop/)).toHaveCount(0);
    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Releases' }).click();
    await page.getByRole('link', { name: '2.10.0' }).click();
  }

  await asked.getByRole('link', { name: 'Northwind Health' }).click();
  await page.getByText('Email draft').first().click();
  const draft = page.getByLabel('Email draft: Tell Northwind Health about version 2.10.0');
  await expect(draft).toHaveValue(/Hi Giulia,/);
  await expect(draft).toHaveValue(/What you asked us for is now there:\n- Bulk export to CSV/);
});

test('a new opportunity on a just-onboarded account warns with the reason and needs a note to go ahead', async ({ page }) => {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    // Ten days back: inside the first 90 days whatever the time zone.
    const start = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);
    const r = await api.accounts.create({
      name: 'Fresh Co', arr: 50_000, segmentOverride: null, stage: 'Onboarding', ownerCsm: 'Alex', contractStart: start,
      renewalDate: null, productVersion: '2.9.0', notes: '',
    });
    if (!r.ok) throw new Error(r.error.message);
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Fresh Co' }).click();
  await page.getByRole('tab', { name: 'Growth' }).click();
  await expect(page.getByRole('heading', { name: 'No opportunities yet' })).toBeVisible();
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New opportunity' });
  await expect(dialog.getByRole('note', { name: 'Not a good time to upsell' })).toContainText(/Just onboarded: the contract started (9|10|11) days ago/);
  await dialog.getByLabel('Estimated ARR').fill('12000');
  await dialog.getByLabel('Next step', { exact: true }).fill('Ask about the second plant');
  await dialog.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(dialog.getByText('Say why you go ahead despite the warning')).toBeVisible();
  await dialog.getByLabel('Why go ahead anyway').fill('Their COO asked us for a quote');
  await dialog.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Went ahead: Their COO asked us for a quote')).toBeVisible();

  // Today shows the book's pipeline.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('definition').filter({ hasText: '$12,000' })).toBeVisible();
});

test('an account with an open P1 ticket and red, falling health names both reasons, and moving an opportunity on needs a note', async ({ page }) => {
  await page.evaluate(async (signals) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const day = (daysBack: number) => new Date(Date.now() - daysBack * 86_400_000).toISOString().slice(0, 10);
    const accountId = must(
      await api.accounts.create({
        name: 'Stormy Ltd', arr: 90_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: '2024-01-01',
        renewalDate: null, productVersion: '2.9.0', notes: '',
      }),
    ).id;
    // Created while nothing held: no note needed.
    must(await api.growth.createOpportunity({ accountId, fields: { kind: 'seats', arr: 20_000, stage: 'identified', nextStep: '', nextStepOn: null } }));
    must(
      await api.lifecycle.addTicket({
        accountId,
        fields: { system: 'zendesk', ref: '4711', url: 'https://stormy.zendesk.com/agent/tickets/4711', title: 'Sync down', severity: 'P1', status: 'open', openedOn: day(2), closedOn: null },
      }),
    );
    const scores = (n: number) => ({ usage: n, adoption: n, support: n, outcomes: n });
    must(await api.health.recordCheck({ accountId, checkedOn: day(20), scores: scores(60), signals, note: '' }));
    must(await api.health.recordCheck({ accountId, checkedOn: day(1), scores: scores(35), signals, note: '' }));
  }, NO_SIGNALS);
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Stormy Ltd' }).click();
  await page.getByRole('tab', { name: 'Growth' }).click();
  const onTab = page.getByRole('note', { name: 'Not a good time to upsell' });
  await expect(onTab).toContainText('1 P1/P2 ticket is open.');
  await expect(onTab).toContainText('Health is red and falling.');
  await expect(onTab).not.toContainText('Not checked yet');

  await page.getByRole('button', { name: 'Edit Seat expansion opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit opportunity' });
  // Editing without moving on shows nothing; moving it on does.
  await expect(dialog.getByRole('note', { name: 'Not a good time to upsell' })).toBeHidden();
  await dialog.getByLabel('Stage').selectOption('proposal');
  await expect(dialog.getByRole('note', { name: 'Not a good time to upsell' })).toContainText('1 P1/P2 ticket is open.');
  await page.screenshot({ path: test.info().outputPath('guardrails-edit-opportunity.png') });
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText('Say why you go ahead despite the warning')).toBeVisible();
  await dialog.getByLabel('Why go ahead anyway').fill('Their CFO asked for the quote before budget freeze');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Went ahead: Their CFO asked for the quote before budget freeze')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Expansion opportunities' })).toContainText('Proposal');
});

test('an expansion recorded at renewal wins the opportunity it closed, shown on both sides', async ({ page }) => {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const r = await api.accounts.create({
      name: 'Harbor Freight Co', arr: 100_000, segmentOverride: null, stage: 'Retention', ownerCsm: 'Alex', contractStart: '2024-01-01',
      renewalDate: new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10), productVersion: '2.9.0', notes: '',
    });
    if (!r.ok) throw new Error(r.error.message);
    const o = await api.growth.createOpportunity({
      accountId: r.value.id,
      fields: { kind: 'seats', arr: 25_000, stage: 'negotiation', nextStep: 'Fold into the renewal', nextStepOn: null },
    });
    if (!o.ok) throw new Error(o.error.message);
  });
  await page.reload();
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Harbor Freight Co' }).click();
  await page.getByRole('tab', { name: 'Health' }).click();
  await page.getByRole('button', { name: 'Record renewal outcome' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record renewal outcome' });
  await dialog.getByLabel('Outcome').selectOption('expanded');
  await dialog.getByLabel('New ARR').fill('125000');
  await dialog.getByLabel('Opportunity it closes').selectOption({ label: 'Seat expansion · $25,000 · Negotiation' });
  await expect(dialog.getByText('It will be marked Won when you record the outcome.')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('renewal-closes-opportunity.png') });
  const tour = axeTour(page);
  await tour.check('Record renewal outcome with an opportunity to close');
  expect(tour.findings, describeFindings(tour.findings)).toEqual([]);
  await dialog.getByRole('button', { name: 'Record outcome' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('region', { name: 'Renewals' })).toContainText('closed the seat expansion opportunity ($25,000): won');

  await page.getByRole('tab', { name: 'Growth' }).click();
  const table = page.getByRole('table', { name: 'Expansion opportunities' });
  await expect(table).toContainText('Won');
  await expect(table).toContainText(/Closed at the renewal of .+ \(expanded\)/);
  await expect(page.getByRole('heading', { name: /Expansion opportunities/ })).toContainText('0 open');
});

/** Bright Labs, whose contacts each answered NPS three days ago, written through window.api; then a fresh page. */
async function seedSurveyedAccount(page: Page, answers: { name: string; score: number; comment: string }[]) {
  await page.evaluate(async (answers) => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const accountId = must(
      await api.accounts.create({
        name: 'Bright Labs', arr: 60_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: '2024-01-01',
        renewalDate: null, productVersion: '2.9.0', notes: '',
      }),
    ).id;
    const respondedOn = new Date(Date.now() - 3 * 86_400_000).toISOString().slice(0, 10);
    for (const { name, score, comment } of answers) {
      const contactId = must(
        await api.contacts.create({
          accountId,
          fields: { name, title: '', role: '', email: '', phone: '', salutation: '', isChampion: false, isDecisionMaker: false, isSponsor: false, leftOn: null },
        }),
      ).id;
      must(await api.lifecycle.recordSurvey({ accountId, fields: { contactId, kind: 'nps', score, respondedOn, comment } }));
    }
  }, answers);
  await page.reload();
}

test('a promoter (NPS 10) is suggested for advocacy, and the record made from it links to the answer', async ({ page }) => {
  await seedSurveyedAccount(page, [
    { name: 'Ana Lima', score: 10, comment: 'Best tool we bought this year' },
    { name: 'Ben Ode', score: 7, comment: '' },
  ]);
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Bright Labs' }).click();
  await page.getByRole('tab', { name: 'Growth' }).click();
  const promoters = page.getByRole('list', { name: 'Promoters to ask' });
  await expect(promoters.getByRole('listitem')).toHaveCount(1);
  await expect(promoters).toContainText('Ana Lima');
  await expect(promoters).toContainText('NPS 10');
  await page.screenshot({ path: test.info().outputPath('promoter-suggestion.png'), fullPage: true });
  const tour = axeTour(page);
  await tour.check('Growth tab with a promoter to ask');

  await promoters.getByRole('button', { name: 'Ask Ana Lima for advocacy' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ask Ana Lima for advocacy' });
  await expect(dialog.getByLabel('Note')).toHaveValue(/NPS 10 on .+: “Best tool we bought this year”/);
  await tour.check('Ask a promoter for advocacy dialog');
  expect(tour.findings, describeFindings(tour.findings)).toEqual([]);
  await dialog.getByLabel('Programme').selectOption('case-study');
  await dialog.getByRole('button', { name: 'Add advocacy' }).click();
  await expect(dialog).toBeHidden();

  const advocacy = page.getByRole('list', { name: 'Advocacy' });
  await expect(advocacy).toContainText('Ana Lima');
  await expect(advocacy).toContainText('Case study');
  await expect(advocacy).toContainText(/from NPS 10 on/);
  await expect(promoters).toBeHidden();
});

test("a promoter's NPS answer raises the Promoter alert, and its action asks them for advocacy, linked to the answer", async ({ page }) => {
  await seedSurveyedAccount(page, [{ name: 'Ana Lima', score: 10, comment: 'Best tool we bought this year' }]);

  // Today lists the alert with the same action.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Today' }).click();
  await page.getByRole('button', { name: 'Ask for advocacy: Bright Labs' }).click();
  const fromToday = page.getByRole('dialog', { name: 'Ask Ana Lima for advocacy' });
  await expect(fromToday.getByLabel('Note')).toHaveValue(/NPS 10 on .+: “Best tool we bought this year”/);
  await fromToday.getByRole('button', { name: 'Cancel' }).click();
  await expect(fromToday).toBeHidden();

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('link', { name: 'Bright Labs' }).click();
  await page.getByRole('tab', { name: 'Health' }).click();
  const alert = page.getByRole('region', { name: 'Alerts' }).getByRole('listitem').filter({ hasText: 'Promoter' });
  await expect(alert).toContainText('Ana Lima answered NPS 10');
  await page.screenshot({ path: test.info().outputPath('promoter-alert.png') });
  await alert.getByRole('button', { name: 'Ask Ana Lima for advocacy…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Ask Ana Lima for advocacy' });
  await expect(dialog.getByLabel('Note')).toHaveValue(/NPS 10 on .+: “Best tool we bought this year”/);
  await page.screenshot({ path: test.info().outputPath('promoter-alert-advocacy.png') });
  const tour = axeTour(page);
  await tour.check('Ask for advocacy from a promoter alert');
  expect(tour.findings, describeFindings(tour.findings)).toEqual([]);
  await dialog.getByLabel('Programme').selectOption('reference');
  await dialog.getByRole('button', { name: 'Add advocacy' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Open Growth' }).click();

  await expect(page.getByRole('tab', { name: 'Growth', selected: true })).toBeVisible();
  const advocacy = page.getByRole('list', { name: 'Advocacy' });
  await expect(advocacy).toContainText('Ana Lima');
  await expect(advocacy).toContainText('Reference');
  await expect(advocacy).toContainText(/from NPS 10 on/);
  // Asked: Growth no longer suggests her for the programme she is in.
  await expect(page.getByRole('list', { name: 'Promoters to ask' })).toBeHidden();
});
