import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { Api } from '../../src/shared/ipc/contract';
import type { FeedbackFieldsInput } from '../../src/shared/feedback/schema';
import { test } from '../e2e/fixtures';

/** Screenshots of the feedback screens in both themes, for a person to look at (`npm run screenshots`). */

const OUT = join(__dirname, '../../docs/screenshots');

async function seed(page: Page) {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: string } }): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value;
    };
    const account = async (name: string, arr: number) =>
      must(
        await api.accounts.create({
          name, arr, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: null, renewalDate: null,
          productVersion: '', notes: '',
        }),
      ).id;
    const base: Omit<FeedbackFieldsInput, 'request' | 'whys' | 'rootCause'> = {
      askedBy: [] as string[], category: 'feature-request', productArea: 'Marketplace', route: 'pm',
      priority: 'medium', noteId: null,
    };
    const req = async (accountId: string, request: string, whys: string[], rootCause: string, over: Partial<typeof base> = {}) =>
      must(await api.feedback.create({ accountId, fields: { ...base, request, whys, rootCause, ...over } })).id;
    const northwind = await account('Northwind Health', 180_000);
    const globex = await account('Globex Mobility', 60_000);
    const initech = await account('Initech Bank', 420_000);
    const umbrella = await account('Umbrella Retail', 18_000);
    const a1 = await req(northwind, 'Can we download the DP page as PDF?', ['To send it via email.', "Some users don't have access to the Marketplace.", 'The access process is slow and unclear.'], 'Access management friction, not lack of PDF export');
    const a2 = await req(globex, 'An Excel export of the marketplace', ['Analysts cannot get access quickly'], 'Access requests take weeks');
    const a3 = await req(initech, 'Let managers approve access from email', ['Approvers never open the portal', 'Approval takes 3 weeks on average'], 'Access approval is stuck with approvers');
    const access = must(await api.feedback.createTheme({ fields: { title: 'Access management friction', problemStatement: 'Getting access to data products is slow and unclear, so people work around the marketplace.' }, requestIds: [a1, a2, a3] })).theme.id;
    must(await api.feedback.setThemeStatus({ id: access, status: 'planned', reason: 'On the Q1 roadmap' }));
    const d1 = await req(globex, 'More template examples', ['The platform team copies old templates', 'Nobody knows which fields are required'], 'Template documentation is thin', { category: 'docs-training-gap', route: 'support', productArea: 'Templates' });
    const d2 = await req(umbrella, 'A video on writing templates', ['New team members struggle'], 'Template documentation is thin', { category: 'docs-training-gap', route: 'support', productArea: 'Templates' });
    must(await api.feedback.createTheme({ fields: { title: 'Template docs are thin', problemStatement: 'Platform teams cannot find how to write good templates.' }, requestIds: [d1, d2] }));
    const p = await req(umbrella, 'Cheaper seats for viewers', [], '', { category: 'pricing', route: 'sales-finance', productArea: 'Licensing', priority: 'low' });
    const x = await req(initech, 'Competitor X has lineage graphs', ['Auditors ask for lineage'], 'Audit evidence takes days to assemble', { category: 'competitive', route: 'competitive-intel', productArea: 'Lineage', priority: 'high' });
    const dark = must(await api.feedback.createTheme({ fields: { title: 'Dark mode for the marketplace', problemStatement: '' }, requestIds: [] })).theme.id;
    must(await api.feedback.setThemeStatus({ id: dark, status: 'wont-do', reason: 'Follows the customer theme; no separate dark mode planned' }));
    void p;
    void x;
  });
}

const VARIANTS = [
  { scheme: 'light', width: 1280, height: 800 },
  { scheme: 'dark', width: 1280, height: 800 },
  { scheme: 'light', width: 1920, height: 1080 },
] as const;

for (const { scheme: colorScheme, width, height } of VARIANTS) {
  const scheme = `${colorScheme}-${width}`;
  test(`feedback screens, ${scheme}`, async ({ page }) => {
    mkdirSync(OUT, { recursive: true });
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme });
    await seed(page);
    await page.reload();
    const shot = (name: string) => page.screenshot({ path: join(OUT, `feedback-${name}-${scheme}.png`) });

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Feedback' }).click();
    await page.getByRole('table', { name: 'Feedback inbox' }).waitFor();
    await shot('inbox');
    await page.getByRole('button', { name: /Access management friction/ }).click();
    await page.getByRole('complementary').getByRole('article').first().waitFor();
    await shot('theme');
    await page.getByRole('button', { name: /Cheaper seats/ }).click();
    await page.getByRole('complementary', { name: 'Request' }).getByText('Link to a theme').waitFor();
    await shot('request');

    await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Accounts' }).click();
    await page.getByRole('link', { name: 'Northwind Health' }).click();
    await page.getByRole('tab', { name: 'Feedback' }).click();
    await page.getByRole('article').first().waitFor();
    await shot('account-tab');
    await page.getByRole('button', { name: 'Capture feedback' }).click();
    await page.keyboard.type('Can we schedule exports every Monday?');
    await page.keyboard.press('Enter');
    await page.keyboard.type('The weekly report is assembled by hand');
    await page.keyboard.press('Enter');
    await shot('capture');
  });
}
