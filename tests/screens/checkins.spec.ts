import { test, expect } from '../e2e/fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test.setTimeout(120_000);

test('screens of check-in notes and search', async ({ page }) => {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Zürich Re');
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByLabel('Installed product version').fill('2.1.0');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const contact = page.getByRole('dialog', { name: 'New contact' });
  await contact.getByLabel('Name').fill('Giulia Rossi');
  await contact.getByRole('button', { name: 'Add contact' }).click();
  await expect(page.getByRole('region', { name: 'Contacts' }).getByText('Giulia Rossi', { exact: true })).toBeVisible();
  await page.getByRole('tab', { name: 'Check-ins' }).click();

  const shoot = async (screen: string) => {
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
  };
  await shoot('account-checkins-empty');

  // An older training note, then this week's bi-weekly sync.
  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByLabel('Kind').selectOption('training');
  await page.getByLabel('Held').fill('2026-11-10T14:00');
  await page.getByLabel('Notes', { exact: true }).fill(
    '## Platform team training\n\n- Installation walked through end to end\n- **Recurring theme:** access requests to the marketplace\n\nFollow-ups for the unresolved topics are in the action items.',
  );
  await page.getByRole('button', { name: 'Done' }).click();

  await page.getByRole('button', { name: 'New note' }).first().click();
  await page.getByRole('checkbox', { name: /Giulia Rossi/ }).check();
  await page.getByLabel('Someone else who attended').fill('Marco (platform team)');
  await page.getByLabel('Someone else who attended').press('Enter');
  const notes = page.getByLabel('Notes', { exact: true });
  const body = (await notes.inputValue())
    .replace(/^(## Health score.*\n\n)/m, '$1Usage steady; adoption growing in data engineering.')
    .replace('### Blockers\n\n', '### Blockers\n\n- Marketplace access requests take a week')
    .replace('### Feature requests\n\n', '### Feature requests\n\n- PDF export of the data product page (root cause: access friction)');
  await notes.fill(body);
  await page.getByLabel('Action item', { exact: true }).fill('Send the access-management guide');
  await page.getByLabel('Due').fill('2026-12-04');
  await page.getByRole('button', { name: 'Add action item' }).click();
  await expect(page.getByText(/^Saved · /)).toBeVisible();
  await notes.evaluate((el) => el.scrollTo(0, 0));
  await page.getByLabel('Notes', { exact: true }).focus();
  await shoot('account-checkins-editor');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('article')).toHaveCount(2);
  await shoot('account-checkins-timeline');

  await page.keyboard.press('Control+k');
  await page.getByRole('dialog', { name: 'Search' }).getByRole('combobox').fill('market acc');
  await expect(page.getByRole('dialog', { name: 'Search' }).getByRole('option').first()).toBeVisible();
  await shoot('search-palette');
});
