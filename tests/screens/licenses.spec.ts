import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../e2e/fixtures';

const THEMES = ['light', 'dark'] as const;

test('screens of licenses: the account tab, the issue form, a verdict, keys and audit log', async ({ page, app }) => {
  await page.getByRole('button', { name: 'New account' }).first().click();
  const dialog = page.getByRole('dialog', { name: 'New account' });
  await dialog.getByLabel('Account name').fill('Zürich Re');
  await dialog.getByLabel('ARR (USD)').fill('180000');
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('tab', { name: 'Licenses' }).click();

  const issue = async (modules: string[]) => {
    await page.getByRole('button', { name: 'Issue license' }).click();
    const form = page.getByRole('dialog', { name: 'Issue license · Zürich Re' });
    for (const m of modules) {
      await form.getByLabel('Modules', { exact: true }).fill(m);
      await form.getByLabel('Modules', { exact: true }).press('Enter');
    }
    return form;
  };
  const form = await issue(['Marketplace', 'Governance']);
  const shoot = async (name: string) => {
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      await page.screenshot({ path: `docs/screenshots/licenses-${name}-${theme}-1280.png` });
    }
  };
  await shoot('issue-form');
  await form.getByRole('button', { name: 'Sign and issue' }).click();
  await expect(form).toBeHidden();
  const second = await issue(['Data Catalog']);
  await second.getByRole('button', { name: 'Sign and issue' }).click();
  await expect(second).toBeHidden();
  await shoot('account-tab');

  const table = page.getByRole('table', { name: 'Licenses of Zürich Re' });
  await table.getByRole('button', { name: /^Save license file for Zürich Re/ }).first().click();
  await expect(page.getByText(/License file saved to/)).toBeVisible();
  const file = join(app.outputDir, readdirSync(app.outputDir).find((f) => f.endsWith('.lic'))!);
  await page.getByRole('button', { name: 'Verify license file…' }).click();
  app.chooseFile(file);
  await page.getByRole('dialog', { name: 'Verify a license file' }).getByRole('button', { name: 'Choose license file…' }).click();
  await expect(page.getByRole('status', { name: 'Verdict: Valid license' })).toBeVisible();
  await shoot('verdict');
  await page.keyboard.press('Escape');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'License signing keys' })).toBeVisible();
  await shoot('settings');
});
