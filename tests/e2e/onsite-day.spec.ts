import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

// Real typing on a shared 2-core machine can take longer than the default 30 s.
test.setTimeout(90_000);

async function createAccount(page: Page, name: string) {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill(name);
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByRole('heading', { name })).toBeVisible();
}

async function addContact(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('dialog', { name: 'New contact' });
  await contact.getByLabel('Name').fill(name);
  await contact.getByLabel('Economic buyer').check();
  await contact.getByRole('button', { name: 'Add contact' }).click();
  await expect(contact).toBeHidden();
}

test('a meeting recap is copied for an email and saved as Markdown, with the action items and their owners', async ({ page, app }) => {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await createAccount(page, 'Zürich Re');
  await addContact(page, 'Giulia Rossi');
  await expect(page.getByText('Economic buyer', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();

  const notes = page.getByLabel('Notes', { exact: true });
  await expect(notes).toHaveValue(/## Health score/);
  // The outline jumps to a section; typing lands under its heading.
  await page.getByRole('button', { name: 'Go to section: Health score' }).click();
  await page.keyboard.type('Green: three teams onboarded.');
  // Alt+Down jumps to the next section.
  await page.keyboard.press('Alt+ArrowDown');
  await page.keyboard.type('Asked about SSO groups.');
  await expect(notes).toHaveValue(/## Health score: track usage, adoption, and OKRs\nGreen: three teams onboarded\.\n+## Q&A: address blockers, bugs, and feature requests\nAsked about SSO groups\./);
  await page.getByRole('checkbox', { name: 'Giulia Rossi' }).check();

  await page.getByLabel('Action item', { exact: true }).fill('Send the SSO setup guide');
  await page.getByLabel('Owner').fill('Giulia Rossi');
  await page.getByLabel('Due').fill('2030-01-15');
  await page.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByRole('checkbox', { name: 'Done: Send the SSO setup guide' })).toBeVisible();
  // The next item names its own owner.
  await expect(page.getByLabel('Owner')).toHaveValue('');
  await expect(page.getByText('1 note', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Done' }).click();

  const card = page.getByRole('article', { name: /^Bi-weekly sync/ });
  await expect(card.getByText('Green: three teams onboarded.')).toBeVisible();
  // Agenda headings nobody typed under stay out of the read view.
  await expect(card.getByRole('heading', { name: /^Health score/ })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'Bugs', exact: true })).toHaveCount(0);

  await card.getByRole('button', { name: 'Copy recap' }).click();
  await expect(page.getByText('Recap copied. Paste it into an email.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('Recap: Zürich Re: Bi-weekly sync');
  expect(copied).toContain('Attendees: Giulia Rossi');
  expect(copied).toContain('Green: three teams onboarded.');
  expect(copied).toContain('- Send the SSO setup guide (Giulia Rossi, due 15 Jan 2030)');
  expect(copied).not.toContain('Bugs');

  await card.getByRole('button', { name: 'Save recap as Markdown…' }).click();
  await expect(page.getByText(/Recap saved to/)).toBeVisible();
  const saved = readdirSync(app.outputDir).filter((f) => f.endsWith('.md'));
  expect(saved).toHaveLength(1);
  const markdown = readFileSync(join(app.outputDir, saved[0]!), 'utf8');
  expect(markdown).toMatch(/^# Recap: Zürich Re: Bi-weekly sync/);
  expect(markdown).toContain('## Action items\n\n- Send the SSO setup guide (Giulia Rossi, due 15 Jan 2030)');
  expect(markdown).toContain('## Health score: track usage, adoption, and OKRs\n\nGreen: three teams onboarded.');

  await card.getByRole('button', { name: 'Save recap as PDF…' }).click();
  await expect(page.getByText(/Recap saved to .*\.pdf/)).toBeVisible();
  const pdf = readdirSync(app.outputDir).find((f) => f.endsWith('.pdf'));
  expect(readFileSync(join(app.outputDir, pdf!)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
});

test('a blocker raised in a note stays on the account header and Today until it is resolved', async ({ page }) => {
  await createAccount(page, 'Helios Energy');
  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByLabel('Kind').selectOption('ad-hoc');
  await page.getByLabel('Notes', { exact: true }).fill('Upgrade planning.\nBLOCKER: Firewall blocks port 443 (owner: Bob from IT)\n');
  await page.getByRole('button', { name: 'Done' }).click();

  const header = page.getByRole('region', { name: 'Open blockers' });
  await expect(header.getByText('Firewall blocks port 443')).toBeVisible();
  await expect(header.getByText(/Owner: Bob from IT/)).toBeVisible();

  await page.getByRole('tab', { name: 'Overview' }).click();
  const glance = page.getByRole('region', { name: 'At a glance' });
  await expect(glance.getByText(/1: Firewall blocks port 443/)).toBeVisible();
  // Health is part of the glance too, and leads to the Health tab.
  await glance.getByRole('link', { name: 'Not scored yet' }).click();
  await expect(page.getByRole('tab', { name: 'Health' })).toHaveAttribute('aria-selected', 'true');

  await page.getByRole('link', { name: 'Today' }).click();
  const today = page.getByRole('list', { name: 'Open blockers' });
  await expect(today.getByText('Helios Energy')).toBeVisible();
  await expect(today.getByText('Firewall blocks port 443')).toBeVisible();
  await today.getByRole('button', { name: 'Resolve blocker: Firewall blocks port 443' }).click();
  await expect(page.getByText('Blocker resolved: “Firewall blocks port 443”.')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Open blockers' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await page.getByRole('link', { name: 'Helios Energy' }).click();
  await expect(page.getByRole('heading', { name: 'Helios Energy' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Open blockers' })).toHaveCount(0);
});

test('choosing a Temporary license sets the expiry to 30 days after the start, and it signs', async ({ page }) => {
  await createAccount(page, 'Globex');
  await page.getByRole('tab', { name: 'Licenses' }).click();
  await page.getByRole('button', { name: 'Issue license' }).click();
  const form = page.getByRole('dialog', { name: 'Issue license · Globex' });
  await form.getByLabel('Valid from').fill('2030-03-01');
  await form.getByLabel('Kind').selectOption('temporary');
  await expect(form.getByLabel('Expires on')).toHaveValue('2030-03-31');
  await form.getByLabel('Kind').selectOption('standard');
  await expect(form.getByLabel('Expires on')).toHaveValue('2031-03-01');
  await form.getByLabel('Kind').selectOption('temporary');
  await form.getByLabel('Modules', { exact: true }).fill('Data Product Builder with Governance Add-on');
  await form.getByLabel('Modules', { exact: true }).press('Enter');
  await form.getByRole('button', { name: 'Sign and issue' }).click();
  await expect(form).toBeHidden();
  const table = page.getByRole('table', { name: 'Licenses of Globex' });
  await expect(table.getByText('Data Product Builder with Governance Add-on')).toBeVisible();
  // Issuing the license ticked the onboarding task that asks for one.
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.getByLabel('Show done tasks').check();
  await expect(page.getByRole('checkbox', { name: /license and installation playbook/ })).toBeChecked();
});
