import type { Page } from '@playwright/test';
import { axeTour, describeFindings } from './axe-check';
import { test, expect } from './fixtures';
import { seedLifecycleAccount } from './lifecycle-book';

// Each axe pass takes a moment on a shared 2-core machine, and this tour makes a dozen or so.
test.setTimeout(480_000);

async function openDialog(page: Page, button: string, dialog: string | RegExp) {
  await page.getByRole('button', { name: button }).first().click();
  await expect(page.getByRole('dialog', { name: dialog })).toBeVisible();
}

test('the lifecycle tabs, their dialogs and Today have no WCAG A / AA violations in either theme', async ({ page }) => {
  const tour = axeTour(page);
  const name = await seedLifecycleAccount(page);
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('region', { name: 'Open escalations' })).toBeVisible();
  await tour.check('Today with escalations, milestones at risk and survey figures');

  await page.getByRole('region', { name: 'Open escalations' }).getByRole('link', { name }).first().click();
  await expect(page.getByRole('region', { name: 'Escalations' })).toBeVisible();
  await tour.check('Support tab');
  await openDialog(page, 'Add ticket', 'Add ticket');
  await tour.check('Add ticket dialog');
  await page.keyboard.press('Escape');
  await openDialog(page, 'Open escalation', 'Open escalation');
  await tour.check('Open escalation dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Onboarding kit' }).click();
  await tour.check('Onboarding kit tab');
  await openDialog(page, 'Record sharing of Valid license', 'Record sharing: Valid license');
  await page.getByRole('dialog').getByLabel('Note').fill('glpat-9f8e7d6c5b4a3f2e1d0c');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog').getByText(/never stores secrets/)).toBeVisible();
  await tour.check('Record sharing dialog, token refused');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Success plan' }).click();
  await tour.check('Success plan tab');
  await openDialog(page, 'Add milestone', /Add milestone to/);
  await tour.check('Add milestone dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: 'Surveys' }).click();
  await tour.check('Surveys tab');
  await openDialog(page, 'Record survey response', 'Record survey response');
  await tour.check('Record survey response dialog');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('region', { name: 'SMB escalation times' })).toBeVisible();
  await tour.check('Settings with SMB escalation times');

  console.log(`axe: ${tour.checked} screen × theme checks, ${tour.findings.length} violations`);
  expect(tour.findings, describeFindings(tour.findings)).toEqual([]);
});
