import { test, expect } from './fixtures';
import { localDay, newAccount } from './account-steps';

test('a P1 ticket fills the health check, and its suggestion says where it came from', async ({ page }) => {
  await newAccount(page, 'Helvetia Data', '150000');
  await page.getByRole('tab', { name: 'Support' }).click();
  await page.getByRole('button', { name: 'Add ticket' }).click();
  const ticket = page.getByRole('dialog', { name: 'Add ticket' });
  await ticket.getByLabel('System').selectOption('jira');
  await ticket.getByLabel('Ticket id').fill('HEL-204');
  await ticket.getByLabel('Title').fill('Catalog sync fails after upgrade');
  await ticket.getByLabel('Severity').selectOption('P1');
  await ticket.getByRole('button', { name: 'Add ticket' }).click();
  await expect(ticket).toBeHidden();

  await page.getByRole('tab', { name: 'Health' }).click();
  await page.getByRole('button', { name: 'Record health check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record health check' });
  const p1 = dialog.getByLabel('Open P1 tickets');
  await expect(p1).toHaveValue('1');
  await expect(p1).toHaveAccessibleDescription('Support tab: 1 open P1 ticket');
  await expect(dialog.getByLabel('Open P2 tickets')).toHaveValue('0');
  await expect(dialog.getByText(/Suggested 75 from the signals: open tickets P1 1 · P2 0 · P3 0 → 75/)).toBeVisible();
  await dialog.getByLabel('Open P3 tickets').scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('record-check-from-records.png') });
  await dialog.getByLabel('Open P1 tickets').fill('2');
  await expect(dialog.getByLabel('Open P1 tickets')).toHaveAccessibleDescription('Support tab: 1 open P1 ticket — you changed it');
  await dialog.getByRole('button', { name: 'Use suggested Support engagement score 50' }).click();
  await dialog.getByRole('button', { name: 'Record health check' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByLabel('Current health').getByText('50', { exact: true })).toBeVisible();
});

test('a milestone past its date raises an alert on the Health tab and on Today, and counts in the outcomes suggestion', async ({ page }) => {
  await newAccount(page, 'Nordwind Logistics', '60000');
  await page.getByRole('tab', { name: 'Success plan' }).click();
  await page.getByRole('button', { name: 'Add goal' }).click();
  const goal = page.getByRole('dialog', { name: 'Add goal' });
  await goal.getByLabel('Goal').fill('Domains publish data products on their own');
  await goal.getByRole('button', { name: 'Add goal' }).click();
  await page.getByRole('button', { name: 'Add milestone to “Domains publish data products on their own”' }).click();
  const milestone = page.getByRole('dialog', { name: /Add milestone/ });
  await milestone.getByLabel('Milestone').fill('First domain live in production');
  await milestone.getByLabel('Evidence').selectOption('event');
  await milestone.getByLabel('Target date').fill(localDay(-3));
  await milestone.getByLabel('Status').selectOption('in-progress');
  await milestone.getByRole('button', { name: 'Add milestone' }).click();
  await expect(milestone).toBeHidden();

  await page.getByRole('tab', { name: 'Health' }).click();
  await expect(page.getByText(/Success-plan milestone "First domain live in production" was due on/)).toBeVisible();
  await page.getByRole('button', { name: 'Record health check' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record health check' });
  await expect(dialog.getByText(/Success plan: 1 of 1 milestone past its date and not met/)).toBeVisible();
  await expect(dialog.getByText(/Suggested 0 from the signals: success plan: 1 of 1 milestones at risk → 0/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'Today' }).click();
  const list = page.getByRole('list', { name: 'Ranked by priority' });
  const alert = list.getByRole('listitem').filter({ hasText: 'Success-plan milestone at risk' });
  await expect(alert).toContainText('Nordwind Logistics');
  await expect(alert).toContainText('agree a new date or reset the success plan');
});
