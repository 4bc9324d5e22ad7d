import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import { test, expect } from '../e2e/fixtures';

const SIZES = [
  { name: '1280', width: 1280, height: 800 },
  { name: '1920', width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'dark'] as const;

test.setTimeout(180_000);

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

test('screens of releases, the Growth tab and Today’s growth figures', async ({ page }) => {
  const sections = page.getByRole('navigation', { name: 'Sections' });
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  // Two sample accounts ask for the same thing, grouped into one theme.
  const asked = await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const list = await api.accounts.list({ sort: 'name' });
    if (!list.ok) throw new Error(list.error.message);
    const [a, b] = list.value;
    if (!a || !b) throw new Error('sample book too small');
    const ids: string[] = [];
    for (const account of [a, b]) {
      const r = await api.feedback.create({
        accountId: account.id,
        fields: {
          request: 'Export every data product at once', whys: ['Audits need them all'], rootCause: 'Exports are one at a time',
          askedBy: [], category: 'feature-request', productArea: 'Exports', route: 'pm', priority: 'high', noteId: null,
        },
      });
      if (!r.ok) throw new Error(r.error.message);
      ids.push(r.value.id);
    }
    // An unresolved complaint at the first account: seed 003 says not to upsell there yet.
    const complaint = await api.feedback.create({
      accountId: a.id,
      fields: {
        request: 'Nightly sync fails twice a week', whys: [], rootCause: 'Connector times out on large tables', askedBy: [],
        category: 'bug', productArea: 'Connectors', route: 'engineering', priority: 'critical', noteId: null,
      },
    });
    if (!complaint.ok) throw new Error(complaint.error.message);
    const t = await api.feedback.createTheme({ fields: { title: 'Bulk export of data products', problemStatement: 'Exports are one at a time.' }, requestIds: ids });
    if (!t.ok) throw new Error(t.error.message);
    return a.name;
  });
  await page.reload();

  await sections.getByRole('link', { name: 'Accounts' }).click();
  await page.getByRole('button', { name: 'Version' }).click();
  await shoot(page, 'accounts-by-version');

  await sections.getByRole('link', { name: 'Releases' }).click();
  await page.getByRole('button', { name: 'Record release' }).first().click();
  const record = page.getByRole('dialog', { name: 'Record release' });
  await record.getByLabel('Version').fill('3.0.0');
  await record.getByLabel('Highlights').fill('Bulk export of data products\nFaster marketplace search\nSSO for admins');
  await record.getByLabel(/Bulk export of data products/).check();
  await shoot(page, 'release-record');
  await record.getByRole('button', { name: 'Record release' }).click();
  const pane = page.getByRole('complementary', { name: 'Release 3.0.0' });
  await expect(pane).toBeVisible();
  await pane.getByRole('button', { name: 'Notify accounts' }).click();
  await expect(page.getByText(/Added \d+ tasks/)).toBeVisible();
  await shoot(page, 'release-pane');

  await pane.getByRole('list', { name: 'Accounts whose requests it ships' }).getByRole('link', { name: asked }).click();
  await page.getByText('Email draft').first().click();
  await shoot(page, 'release-tasks');

  await page.getByRole('tab', { name: 'Growth' }).click();
  await page.getByRole('button', { name: 'New opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'New opportunity' });
  await dialog.getByLabel('Estimated ARR').fill('24000');
  await dialog.getByLabel('Next step', { exact: true }).fill('Demo bulk export to the audit team');
  await shoot(page, 'opportunity-new');
  const note = dialog.getByLabel('Why go ahead anyway');
  if (await note.isVisible()) await note.fill('Their COO asked for a quote');
  await dialog.getByRole('button', { name: 'Create opportunity' }).click();
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Add advocacy' }).click();
  const adv = page.getByRole('dialog', { name: 'Add advocacy' });
  await adv.getByLabel('Contact').selectOption({ index: 1 });
  await adv.getByLabel('Status').selectOption('active');
  await adv.getByRole('button', { name: 'Add advocacy' }).click();
  await expect(adv).toBeHidden();
  await shoot(page, 'account-growth');

  await sections.getByRole('link', { name: 'Today' }).click();
  await expect(page.getByRole('definition').first()).toBeVisible();
  await shoot(page, 'today-growth');
});
