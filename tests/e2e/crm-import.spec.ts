import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeTour, describeFindings } from './axe-check';
import { test, expect } from './fixtures';

/** A HubSpot-style export with the mess real ones have: quoted commas and newlines, currency, a bad row or two. */
const MESSY = [
  'Company name,Annual Revenue,Renewal Date,Lifecycle Stage,Full Name,Email,Billing Country',
  '"Acme, Inc.","$1,200,000.00",03/31/2027,Adoption,Dana Jones,dana@acme.example,United States',
  'Globex,lots,04/30/2027,Retention,Hank Scorpio,hank@globex.example,United States',
  'Initech,"$95,000",13/45/2027,Prospect,Peter Gibbons,not-an-email,United States',
  '"Hooli Europe","€250.000,00",,Expansion,"Gavin\nBelson",gavin@hooli.example,Ireland',
].join('\r\n');

test('import a messy CRM export: map the columns, see the per-row errors, then the imported accounts', async ({ page, app }) => {
  const path = join(app.outputDir, 'hubspot-companies.csv');
  writeFileSync(path, `\uFEFF${MESSY}`);
  app.chooseFile(path);

  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'Import accounts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import accounts' });
  // Each column has a labelled select, matched from its header.
  await expect(dialog.getByLabel('Company name')).toHaveValue('account.name');
  await expect(dialog.getByLabel('Annual Revenue')).toHaveValue('account.arr');
  await expect(dialog.getByLabel('Email')).toHaveValue('contact.email');
  await expect(dialog.getByLabel('Billing Country')).toHaveValue('account.noteLine');

  const errors = dialog.getByRole('list', { name: /Rows with errors/ });
  await expect(errors.getByRole('listitem')).toHaveCount(2);
  await expect(errors).toContainText('Row 3: Annual Revenue: “lots” is not an amount');
  await expect(errors).toContainText('Row 4: Lifecycle Stage: “Prospect” is not a stage');
  await expect(errors).toContainText('Renewal Date: “13/45/2027” is not a date');
  await expect(errors).toContainText('Email: “not-an-email”: Enter an email address like name@company.com');
  await expect(dialog.getByRole('status')).toContainText('2 new accounts · 2 new contacts. 2 rows have errors and will be left out.');

  // Leaving the country out of the notes changes the preview, not the book.
  await dialog.getByLabel('Billing Country').selectOption({ label: "Don't import" });
  await dialog.getByRole('button', { name: 'Import 2 accounts' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Imported 2 accounts and 2 contacts. 2 rows with errors left out.')).toBeVisible();

  await expect(page.getByRole('link', { name: 'Acme, Inc.' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Hooli/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Globex' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Acme, Inc.' }).click();
  await expect(page.getByText('$1,200,000').first()).toBeVisible();
});

test('a file that is not a CSV export gives a message and changes nothing', async ({ page, app }) => {
  const path = join(app.outputDir, 'photo.csv');
  writeFileSync(path, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  app.chooseFile(path);
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'Import accounts…' }).click();
  await expect(page.getByText("photo.csv can't be imported: it is not a text file (it holds binary data), so it is not a CSV export. Nothing was imported.")).toBeVisible();
  await expect(page.getByRole('dialog', { name: 'Import accounts' })).toHaveCount(0);
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(page.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
});

test('cancelling the import dialog writes nothing', async ({ page, app }) => {
  const path = join(app.outputDir, 'accounts.csv');
  writeFileSync(path, 'Account Name,ARR\nUmbrella,50000\n');
  app.chooseFile(path);
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'Import accounts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import accounts' });
  await expect(dialog.getByRole('status')).toContainText('1 new account');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
});

test('the import dialog, asking the date order, has no WCAG A / AA violations in either theme; the order chosen is the one imported', async ({ page, app }) => {
  test.setTimeout(120_000);
  const path = join(app.outputDir, 'ambiguous.csv');
  writeFileSync(path, 'Account Name;Renewal Date;ARR\r\nAcme;03/04/2027;1.200,50\r\nGlobex;05/06/2027;x\r\n');
  app.chooseFile(path);
  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('button', { name: 'Import accounts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import accounts' });
  const order = dialog.getByRole('group', { name: 'Dates like 03/04/2026 are written' });
  await expect(order.getByRole('radio', { name: /Month first/ })).toBeChecked();
  await expect(dialog.getByRole('list', { name: /Rows with errors/ })).toContainText('Row 3: ARR: “x” is not an amount');
  const tour = axeTour(page);
  await tour.check('Import accounts dialog');
  expect(tour.findings, describeFindings(tour.findings)).toEqual([]);

  await order.getByRole('radio', { name: /Day first/ }).check();
  await expect(dialog.getByRole('table')).toContainText('2027-04-03');
  await dialog.getByRole('button', { name: 'Import 1 account' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('link', { name: 'Acme' }).click();
  await expect(page.getByText('$1,201 ARR · Renews Apr 3, 2027', { exact: false })).toBeVisible();
});
