import type { Page } from '@playwright/test';
import type { FeedbackFieldsInput } from '../../src/shared/feedback/schema';
import type { Api } from '../../src/shared/ipc/contract';
import { axeTour, describeFindings } from './axe-check';
import { test, expect } from './fixtures';

/*
 * axe-core over every screen and dialog, in the light and the dark theme, failing on any
 * WCAG 2.2 A / AA violation (tests/e2e/a11y-allow.ts lists the few judged by a person).
 */

// Each axe pass takes a moment on a shared 2-core machine, and a tour makes dozens (a tour of
// every account tab took 4 minutes with seven other test runs sharing the cores).
test.setTimeout(480_000);

const sections = (page: Page) => page.getByRole('navigation', { name: 'Sections' });

async function loadSample(page: Page) {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
}

async function report(tour: ReturnType<typeof axeTour>) {
  console.log(`axe: ${tour.checked} screen × theme checks, ${tour.findings.length} violations`);
  expect(tour.findings, describeFindings(tour.findings)).toEqual([]);
}

test('the book, Today, search and Settings have no WCAG A / AA violations in either theme', async ({ page }) => {
  const tour = axeTour(page);
  await expect(page.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
  await tour.check('Accounts, empty book');

  await page.getByRole('button', { name: 'New account' }).first().click();
  const create = page.getByRole('dialog', { name: 'New account' });
  await create.getByRole('button', { name: 'Create account' }).click();
  await expect(create.getByText(/required|enter|name/i).first()).toBeVisible();
  await tour.check('New account dialog, with errors');
  await page.keyboard.press('Escape');

  await sections(page).getByRole('link', { name: 'Today' }).click();
  await tour.check('Today, nothing due');

  await sections(page).getByRole('link', { name: 'Accounts' }).click();
  await loadSample(page);
  await tour.check('Accounts, sample book (with a toast)');

  await sections(page).getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
  await tour.check('Today, sample book');

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await expect(palette).toBeVisible();
  await tour.check('Search, before typing');
  await page.keyboard.type('platform');
  await expect(palette.getByRole('option').first()).toBeVisible();
  await tour.check('Search, results');
  await page.keyboard.type(' zzqqxx');
  await expect(palette.getByText(/Nothing matches/)).toBeVisible();
  await tour.check('Search, nothing found');
  await page.keyboard.press('Escape');

  await sections(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await tour.check('Settings');

  await report(tour);
});

test('every tab of an account and its dialogs have no WCAG A / AA violations in either theme', async ({ page }) => {
  const tour = axeTour(page);
  await loadSample(page);
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(2).click();
  await expect(page.getByRole('region', { name: 'Contacts' })).toBeVisible();
  await tour.check('Account overview');

  await page.getByRole('button', { name: 'Edit', exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await tour.check('Edit account dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Archive' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await tour.check('Archive confirmation');
  await page.keyboard.press('Escape');
  await page.getByRole('region', { name: 'Contacts' }).getByRole('button', { name: /New contact|Add contact/ }).click();
  await expect(page.getByRole('dialog', { name: 'New contact' })).toBeVisible();
  await tour.check('New contact dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await expect(page.getByRole('button', { name: 'New note' }).first()).toBeVisible();
  await tour.check('Check-ins timeline');
  await page.getByRole('button', { name: 'New note' }).first().click();
  await expect(page.getByLabel('Notes', { exact: true })).toBeVisible();
  await tour.check('Check-in note editor');

  await page.getByRole('tab', { name: 'Tasks' }).click();
  await tour.check('Tasks');

  await page.getByRole('tab', { name: 'Readiness' }).click();
  const items = page.getByRole('listbox', { name: 'Readiness items' });
  await expect(items).toBeVisible();
  await items.getByRole('option').first().click();
  await tour.check('Readiness, an item selected');
  await page.keyboard.press('a');
  await expect(page.getByRole('dialog', { name: 'Add a checklist item' })).toBeVisible();
  await tour.check('Add a checklist item dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Feedback' }).click();
  await tour.check('Account feedback, empty');
  await page.keyboard.press('Control+Shift+F');
  const capture = page.getByRole('dialog', { name: 'Capture feedback' });
  await expect(capture).toBeVisible();
  await tour.check('Capture feedback dialog');
  await page.keyboard.type('Can we download the DP page as PDF?');
  await page.keyboard.press('Control+Enter');
  await expect(capture).toBeHidden();
  await tour.check('Account feedback, one request');

  await page.getByRole('tab', { name: 'Licenses' }).click();
  await tour.check('Licenses, none yet');
  await page.getByRole('button', { name: 'Issue license' }).first().click();
  const issue = page.getByRole('dialog', { name: /^Issue license/ });
  await issue.getByLabel('Modules', { exact: true }).fill('Marketplace');
  await issue.getByLabel('Modules', { exact: true }).press('Enter');
  await tour.check('Issue license dialog');
  await issue.getByRole('button', { name: 'Sign and issue' }).click();
  await expect(issue).toBeHidden();
  await tour.check('Licenses, one issued');
  await page.getByRole('button', { name: /^Revoke/ }).first().click();
  await expect(page.getByRole('dialog', { name: 'Revoke license?' })).toBeVisible();
  await tour.check('Revoke license dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Verify license file…' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Verify a license file' })).toBeVisible();
  await tour.check('Verify license dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'QBR' }).click();
  await expect(page.getByRole('region', { name: 'Preview' })).toBeVisible();
  await tour.check('QBR: narrative and preview');

  await sections(page).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'License signing keys' })).toBeVisible();
  await tour.check('Settings, with a signing key');
  await page.getByRole('button', { name: /^Public key / }).first().click();
  await expect(page.getByRole('dialog', { name: /^Public key / })).toBeVisible();
  await tour.check('Public key dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Rotate key…' }).click();
  await expect(page.getByRole('dialog', { name: 'Rotate the signing key?' })).toBeVisible();
  await tour.check('Rotate key confirmation');
  await page.keyboard.press('Escape');

  await report(tour);
});

test('the feedback inbox, a theme, a request and their dialogs have no WCAG A / AA violations in either theme', async ({ page }) => {
  const tour = axeTour(page);
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = <T,>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const accountId = must(
      await api.accounts.create({
        name: 'Northwind Health', arr: 180_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex',
        contractStart: null, renewalDate: null, productVersion: '', notes: '',
      }),
    ).id;
    const base: Omit<FeedbackFieldsInput, 'request' | 'whys' | 'rootCause'> = {
      askedBy: [], category: 'feature-request', productArea: 'Marketplace', route: 'pm', priority: 'medium', noteId: null,
    };
    const a = must(await api.feedback.create({ accountId, fields: { ...base, request: 'Can we download the DP page as PDF?', whys: ['To send it via email.'], rootCause: 'Access management friction' } })).id;
    must(await api.feedback.create({ accountId, fields: { ...base, request: 'Cheaper seats for viewers', whys: [], rootCause: '', category: 'pricing', route: 'sales-finance' } }));
    const theme = must(await api.feedback.createTheme({ fields: { title: 'Access management friction', problemStatement: 'Getting access is slow.' }, requestIds: [a] })).theme.id;
    must(await api.feedback.setThemeStatus({ id: theme, status: 'planned', reason: 'On the Q1 roadmap' }));
  });
  await page.reload();

  await sections(page).getByRole('link', { name: 'Feedback' }).click();
  await expect(page.getByRole('table', { name: 'Feedback inbox' })).toBeVisible();
  await tour.check('Feedback inbox');
  await page.getByRole('button', { name: /Access management friction/ }).click();
  await expect(page.getByRole('complementary').getByRole('article').first()).toBeVisible();
  await tour.check('Feedback theme');
  await page.getByRole('button', { name: 'Change status' }).first().click();
  await expect(page.getByRole('dialog', { name: 'Change status' })).toBeVisible();
  await tour.check('Change status dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Cheaper seats/ }).click();
  await expect(page.getByRole('complementary', { name: 'Request' })).toBeVisible();
  await tour.check('Feedback request');
  await page.getByRole('button', { name: 'New theme from this request' }).click();
  await expect(page.getByRole('dialog', { name: 'New theme' })).toBeVisible();
  await tour.check('New theme dialog');
  await page.keyboard.press('Escape');

  await report(tour);
});

test('releases, the Growth tab and their dialogs have no WCAG A / AA violations in either theme', async ({ page }) => {
  const tour = axeTour(page);
  await sections(page).getByRole('link', { name: 'Releases' }).click();
  await expect(page.getByRole('heading', { name: 'No releases recorded' })).toBeVisible();
  await tour.check('Releases, none recorded');
  await sections(page).getByRole('link', { name: 'Accounts' }).click();
  await loadSample(page);

  await sections(page).getByRole('link', { name: 'Releases' }).click();
  await page.getByRole('button', { name: 'Record release' }).first().click();
  const record = page.getByRole('dialog', { name: 'Record release' });
  await record.getByLabel('Version').fill('not a version');
  await record.getByRole('button', { name: 'Record release' }).click();
  await expect(record.getByText('Write the version as numbers with dots, e.g. 2.10.0')).toBeVisible();
  await tour.check('Record release dialog, with an error');
  await record.getByLabel('Version').fill('9.0.0');
  await record.getByLabel('Highlights').fill('Faster search');
  await record.getByRole('button', { name: 'Record release' }).click();
  await expect(page.getByRole('complementary', { name: 'Release 9.0.0' })).toBeVisible();
  await tour.check('Releases, one open');

  await sections(page).getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Growth' }).click();
  await expect(page.getByRole('heading', { name: /Expansion opportunities/ })).toBeVisible();
  await tour.check('Account, Growth tab');
  await page.getByRole('button', { name: 'New opportunity' }).click();
  await tour.check('New opportunity dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Add advocacy' }).click();
  await tour.check('Add advocacy dialog');
  await page.keyboard.press('Escape');
  await report(tour);
});

test('the screen shown when the data file can’t be opened has no WCAG A / AA violations in either theme', async ({ app }) => {
  const { default: Database } = await import('better-sqlite3');
  const { join } = await import('node:path');
  const page = await app.restart(() => {
    const db = new Database(join(app.dataDir, 'fieldbook.sqlite'));
    db.pragma('user_version = 999');
    db.close();
  });
  const tour = axeTour(page);
  await expect(page.getByRole('heading', { name: 'Fieldbook can’t open your data' })).toBeVisible();
  await tour.check('Data file refused');
  await report(tour);
});

test('with reduced motion asked for, toasts appear and leave without animating', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.getByRole('button', { name: 'Load sample data' }).click();
  const toast = page.locator('.toast').filter({ hasText: /Added 40 sample accounts/ });
  await expect(toast).toBeVisible();
  const motion = await toast.evaluate((el) => {
    const style = getComputedStyle(el);
    return [style.animationDuration, style.transitionDuration].map((d) => parseFloat(d) * (d.endsWith('ms') ? 1 : 1000));
  });
  expect(motion.every((ms) => ms < 1)).toBe(true);

  await page.emulateMedia({ reducedMotion: 'no-preference' });
  const moving = await toast.evaluate((el) => parseFloat(getComputedStyle(el).transitionDuration));
  expect(moving).toBeGreaterThan(0);
});

test("an account's Health tab and its dialogs have no WCAG A / AA violations in either theme", async ({ page }) => {
  const tour = axeTour(page);
  await loadSample(page);
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').nth(2).click();
  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByRole('table', { name: 'How the score is made' })).toBeVisible();
  await tour.check('Health');
  await page.getByRole('button', { name: 'Record health check' }).click();
  await expect(page.getByRole('dialog', { name: 'Record health check' })).toBeVisible();
  await tour.check('Record health check dialog');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Record renewal outcome' }).click();
  await expect(page.getByRole('dialog', { name: 'Record renewal outcome' })).toBeVisible();
  await tour.check('Record renewal outcome dialog');
  await page.keyboard.press('Escape');
  await report(tour);
});
