import { test, expect } from './fixtures';
import { localDay, newAccount } from './account-steps';

test('the onboarding kit refuses a pasted token, records the sharing, and shows progress on the header', async ({ page, app }) => {
  await newAccount(page, 'Helvetia Data', '150000');
  await expect(page.getByText('Onboarding kit 0/9')).toBeVisible();
  await page.getByRole('tab', { name: 'Onboarding kit' }).click();
  await page.getByRole('button', { name: 'Record sharing of Registry / GitLab access token' }).click();
  const dialog = page.getByRole('dialog', { name: 'Record sharing: Registry / GitLab access token' });
  await dialog.getByLabel('How it was shared').selectOption('secure-share');
  await dialog.getByLabel('Note').fill('glpat-9f8e7d6c5b4a3f2e1d0c for the platform team');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText(/looks like a GitLab personal access token.*never stores secrets/)).toBeVisible();
  await dialog.getByLabel('Note').fill('Sent to Marco, platform lead');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row', { name: /Registry \/ GitLab access token/ });
  await expect(row.getByText('Secure share')).toBeVisible();
  await expect(row.getByText('Sent to Marco, platform lead')).toBeVisible();
  await expect(page.getByText('Onboarding kit 1/9')).toBeVisible();

  const after = await app.restart();
  await after.getByRole('tab', { name: 'Onboarding kit' }).click();
  await expect(after.getByRole('row', { name: /Registry \/ GitLab access token/ }).getByText('Sent to Marco, platform lead')).toBeVisible();
});

test('a milestone past its date and not met is flagged on the plan, the header and Today', async ({ page }) => {
  await newAccount(page, 'Nordwind Logistics', '60000');
  await page.getByRole('tab', { name: 'Success plan' }).click();
  await expect(page.getByRole('heading', { name: 'No success plan yet' })).toBeVisible();
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
  await expect(page.getByRole('row', { name: /First domain live in production/ }).getByText('At risk: past target')).toBeVisible();
  await expect(page.getByText('1 milestone at risk')).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  const atRisk = page.getByRole('region', { name: 'Milestones at risk' });
  await expect(atRisk.getByText('First domain live in production')).toBeVisible();
  await atRisk.getByRole('link', { name: 'Nordwind Logistics' }).click();
  await page.getByRole('button', { name: 'Edit milestone “First domain live in production”' }).click();
  await page.getByRole('dialog', { name: 'Edit milestone' }).getByLabel('Status').selectOption('met');
  await page.getByRole('dialog', { name: 'Edit milestone' }).getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByText('At risk: past target')).toBeHidden();
  await expect(page.getByText('1 of 1 milestones met')).toBeVisible();
});

test("survey answers give the account's NPS, and a detractor gets a follow-up task", async ({ page }) => {
  await newAccount(page, 'Alpenbank', '40000');
  for (const name of ['Anna Meier', 'Luca Brun']) {
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contact = page.getByRole('dialog', { name: 'New contact' });
    await contact.getByLabel('Name').fill(name);
    await contact.getByRole('button', { name: 'Add contact' }).click();
    await expect(contact).toBeHidden();
  }
  await page.getByRole('tab', { name: 'Surveys' }).click();
  const record = async (contact: string, kind: string, score: string, comment = '') => {
    await page.getByRole('button', { name: 'Record survey response' }).click();
    const dialog = page.getByRole('dialog', { name: 'Record survey response' });
    await dialog.getByLabel('Contact').selectOption({ label: contact });
    await dialog.getByLabel('Survey').selectOption({ label: kind });
    await dialog.getByLabel('Score').fill(score);
    await dialog.getByLabel('Comment').fill(comment);
    await dialog.getByRole('button', { name: 'Record response' }).click();
    return dialog;
  };
  const refused = await record('Anna Meier', 'NPS', '11');
  await expect(refused.getByText('NPS is scored 0–10')).toBeVisible();
  await refused.getByLabel('Score').fill('10');
  await refused.getByRole('button', { name: 'Record response' }).click();
  await expect(refused).toBeHidden();
  await record('Luca Brun', 'NPS', '4', 'Upgrades take a whole weekend');
  await expect(page.getByText('A follow-up task was added.')).toBeVisible();
  const figures = page.getByRole('region', { name: 'Alpenbank survey figures' });
  // One promoter, one detractor: 50 % − 50 % = 0.
  await expect(figures.getByText('1 promoters · 0 passives · 1 detractors')).toBeVisible();
  await expect(figures.getByText('0', { exact: true })).toBeVisible();

  await page.getByRole('tab', { name: 'Tasks' }).click();
  await expect(page.getByText('Follow up with Luca Brun on their NPS of 4')).toBeVisible();
  await expect(page.getByText('Semi-annual NPS and CSAT survey')).toBeVisible();

  await page.keyboard.press('Control+k');
  const palette = page.getByRole('dialog', { name: 'Search' });
  await page.keyboard.type('weekend');
  await expect(palette.getByRole('option', { name: /NPS 4 · Luca Brun/ })).toBeVisible();
});

test('a ticket links out, and an escalation runs its SLA clock on the account and on Today', async ({ page }) => {
  await newAccount(page, 'Helvetia Data', '150000');
  await page.getByRole('tab', { name: 'Support' }).click();
  await page.getByRole('button', { name: 'Add ticket' }).click();
  const ticket = page.getByRole('dialog', { name: 'Add ticket' });
  await ticket.getByLabel('System').selectOption('jira');
  await ticket.getByLabel('Ticket id').fill('HEL-204');
  await ticket.getByLabel('Title').fill('Catalog sync fails after upgrade');
  await ticket.getByLabel('Link').fill('javascript:alert(1)');
  await ticket.getByLabel('Severity').selectOption('P1');
  await ticket.getByRole('button', { name: 'Add ticket' }).click();
  await expect(ticket.getByText('Enter an https:// link, or leave it empty')).toBeVisible();
  await ticket.getByLabel('Link').fill('https://helvetia.atlassian.net/browse/HEL-204');
  await ticket.getByRole('button', { name: 'Add ticket' }).click();
  await expect(ticket).toBeHidden();
  await expect(page.getByRole('link', { name: 'HEL-204' })).toHaveAttribute('href', 'https://helvetia.atlassian.net/browse/HEL-204');
  await expect(page.getByText('Open: P1 1 · P2 0 · P3 0 · P4 0')).toBeVisible();

  // Enterprise at L2: first response within 2 hours.
  await page.getByRole('button', { name: 'Open escalation' }).click();
  const escalation = page.getByRole('dialog', { name: 'Open escalation' });
  await escalation.getByLabel('Level').selectOption('L2');
  await expect(escalation.getByText('Enterprise: first response within 2 h')).toBeVisible();
  await escalation.getByLabel('What is escalated').fill('Production catalog down');
  await escalation.getByRole('button', { name: 'Open escalation' }).click();
  await expect(escalation).toBeHidden();
  await expect(page.getByRole('region', { name: 'Escalations' }).getByText(/1 h 59 min left to respond|2 h left to respond/)).toBeVisible();
  await expect(page.locator('.page-header').getByText(/left to respond/)).toBeVisible();

  await page.getByRole('link', { name: 'Today' }).click();
  const today = page.getByRole('region', { name: 'Open escalations' });
  await expect(today.getByText(/L2 · Production catalog down/)).toBeVisible();
  await today.getByRole('link', { name: 'Helvetia Data' }).click();
  await page.getByRole('button', { name: 'Record first response to “Production catalog down”' }).click();
  await expect(page.getByText('Responded in time')).toBeVisible();
  await page.getByRole('button', { name: 'Mark resolved: “Production catalog down”' }).click();
  await expect(page.getByText(/resolved/).first()).toBeVisible();
  await page.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('region', { name: 'Open escalations' })).toBeHidden();
});

test('an escalation opened past its promise shows a breach', async ({ page }) => {
  await newAccount(page, 'Tiny Co', '10000');
  await page.getByRole('tab', { name: 'Support' }).click();
  await page.getByRole('button', { name: 'Open escalation' }).click();
  const escalation = page.getByRole('dialog', { name: 'Open escalation' });
  // SMB at L1: 48 hours (seed 001). Opened three days ago, nobody answered.
  await expect(escalation.getByText('SMB: first response within 2 d')).toBeVisible();
  await escalation.getByLabel('Opened at').fill(`${localDay(-3)}T09:00`);
  await escalation.getByLabel('What is escalated').fill('Billing dispute');
  await escalation.getByRole('button', { name: 'Open escalation' }).click();
  await expect(page.getByRole('region', { name: 'Escalations' }).getByRole('alert')).toHaveText(/SLA breached/);
});

test('SMB times above L1 come from Settings and apply to escalations opened afterwards', async ({ page }) => {
  await page.getByRole('link', { name: 'Settings' }).click();
  const card = page.getByRole('region', { name: 'SMB escalation times' });
  await expect(card.getByLabel('L2 (hours)')).toHaveValue('8');
  await card.getByLabel('L2 (hours)').fill('0');
  await card.getByRole('button', { name: 'Set SMB times' }).click();
  await expect(card.getByText('At least a quarter of an hour')).toBeVisible();
  await card.getByLabel('L2 (hours)').fill('6');
  await card.getByRole('button', { name: 'Set SMB times' }).click();
  await expect(page.getByText('SMB escalation times saved.')).toBeVisible();

  await newAccount(page, 'Tiny Co', '10000');
  await page.getByRole('tab', { name: 'Support' }).click();
  await page.getByRole('button', { name: 'Open escalation' }).click();
  const escalation = page.getByRole('dialog', { name: 'Open escalation' });
  await escalation.getByLabel('Level').selectOption('L2');
  await expect(escalation.getByText('SMB: first response within 6 h')).toBeVisible();
});
