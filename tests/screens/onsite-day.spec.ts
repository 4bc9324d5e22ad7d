import type { Page } from '@playwright/test';
import { test, expect } from '../e2e/fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test.setTimeout(120_000);

async function shoot(page: Page, screen: string) {
  const dismiss = page.getByRole('status').getByRole('button', { name: 'Dismiss' });
  while ((await dismiss.count()) > 0) await dismiss.first().click({ timeout: 2000 }).catch(() => undefined);
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    for (const size of SIZES) {
      await page.setViewportSize({ width: size.width, height: size.height });
      await page.screenshot({ path: `docs/screenshots/${screen}-${theme}-${size.name}.png` });
    }
  }
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ colorScheme: 'light' });
}

test('screens of the on-site day: the note editor, Overview at a glance, a recap, the weekly digest', async ({ page }) => {
  await page.getByLabel('Your name').fill('Alex Kim');
  await page.getByRole('button', { name: 'Use this name' }).click();
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Zürich Re');
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByLabel('Installed product version').fill('2.1.0');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  for (const [name, buyer] of [
    ['Giulia Rossi', true],
    ['Marco Bianchi', false],
  ] as const) {
    await page.getByRole('button', { name: 'Add contact' }).click();
    const contact = page.getByRole('dialog', { name: 'New contact' });
    await contact.getByLabel('Name').fill(name);
    if (buyer) await contact.getByLabel('Economic buyer').check();
    await contact.getByRole('button', { name: 'Add contact' }).click();
    await expect(contact).toBeHidden();
  }

  // A license, so Overview has one to show.
  await page.getByRole('tab', { name: 'Licenses' }).click();
  await page.getByRole('button', { name: 'Issue license' }).click();
  const form = page.getByRole('dialog', { name: 'Issue license · Zürich Re' });
  await form.getByLabel('Kind').selectOption('temporary');
  await form.getByLabel('Modules', { exact: true }).fill('Data Product Builder');
  await form.getByLabel('Modules', { exact: true }).press('Enter');
  await form.getByRole('button', { name: 'Sign and issue' }).click();
  await expect(form).toBeHidden();

  await page.getByRole('tab', { name: 'Check-ins' }).click();
  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByRole('checkbox', { name: 'Giulia Rossi' }).check();
  await page.getByRole('checkbox', { name: 'Marco Bianchi' }).check();
  await page.getByRole('button', { name: 'Go to section: Health score' }).click();
  await page.keyboard.type('Green. Three platform teams onboarded; usage up 20% since the last sync.');
  await page.getByRole('button', { name: 'Go to section: Blockers' }).click();
  await page.keyboard.type('BLOCKER: Firewall blocks port 443 to the marketplace (owner: Marco Bianchi)');
  await page.getByRole('button', { name: 'Go to section: Feature requests' }).click();
  await page.keyboard.type('- Download a data product page as PDF for email');
  await page.getByRole('button', { name: 'Go to section: Installed version' }).click();
  await page.getByLabel('Action item', { exact: true }).fill('Send the SSO setup guide');
  await page.getByLabel('Owner').fill('us');
  await page.getByLabel('Due').fill('2026-12-04');
  await page.getByRole('button', { name: 'Add action item' }).click();
  await page.getByLabel('Action item', { exact: true }).fill('Open port 443 for the marketplace');
  await page.getByLabel('Owner').fill('Marco Bianchi');
  await page.getByLabel('Due').fill('2026-12-02');
  await page.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByRole('checkbox', { name: 'Done: Open port 443 for the marketplace' })).toBeVisible();
  await page.getByRole('button', { name: 'Go to section: Q&A' }).click();
  await shoot(page, 'onsite-note-editor');
  await page.getByRole('button', { name: 'Done' }).click();

  const card = page.getByRole('article', { name: /^Bi-weekly sync/ });
  await card.getByRole('button', { name: 'Preview recap' }).click();
  await expect(page.getByRole('dialog', { name: 'Meeting recap' })).toBeVisible();
  await shoot(page, 'onsite-recap');
  await page.getByRole('dialog', { name: 'Meeting recap' }).getByRole('button', { name: 'Close' }).click();

  await page.getByRole('tab', { name: 'Overview' }).click();
  await expect(page.getByRole('region', { name: 'At a glance' }).getByText(/Firewall blocks port 443/)).toBeVisible();
  await shoot(page, 'onsite-overview');

  await page.getByRole('link', { name: 'Accounts' }).first().click();
  await expect(page.getByRole('link', { name: 'Zürich Re' })).toBeVisible();
  await shoot(page, 'onsite-accounts-glance');

  await page.getByRole('link', { name: 'Today', exact: true }).click();
  await page.getByRole('button', { name: 'Weekly digest' }).click();
  await expect(page.getByRole('dialog', { name: 'Weekly digest' }).getByLabel('Digest preview')).toBeVisible();
  await shoot(page, 'onsite-weekly-digest');
});
