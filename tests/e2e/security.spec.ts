import { test, expect } from './fixtures';

test('the page has no Node, no Electron internals, no eval and no inline script', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
  const probe = await page.evaluate(async () => {
    // Code Playwright evaluates is compiled by DevTools, which Chromium exempts from the eval
    // check; a string handed to setTimeout goes through the page's own 'unsafe-eval' check.
    const w = window as unknown as Record<string, unknown>;
    const violations: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violations.push(e.violatedDirective));
    (window.setTimeout as unknown as (code: string, ms: number) => number)('window.__stringTimer = 1', 0);
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineScript = 1';
    document.head.append(inline);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const evalBlocked = w.__stringTimer === undefined && violations.includes('script-src');
    const inlineBlocked = w.__inlineScript === undefined && violations.includes('script-src-elem');
    const leaks: string[] = [];
    const visit = (value: unknown, path: string, depth: number) => {
      if (depth > 3 || value === null) return;
      if (typeof value === 'function' && /ipcRenderer/.test(Function.prototype.toString.call(value))) leaks.push(path);
      if (typeof value === 'object') for (const [k, v] of Object.entries(value as object)) visit(v, `${path}.${k}`, depth + 1);
    };
    visit((window as unknown as { api: unknown }).api, 'api', 0);
    return {
      evalBlocked,
      inlineBlocked,
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      apiFrozen: Object.isFrozen((window as unknown as { api: object }).api),
      leaks,
    };
  });
  expect(probe).toEqual({ evalBlocked: true, inlineBlocked: true, require: 'undefined', process: 'undefined', apiFrozen: true, leaks: [] });
});

test('crafted calls straight into window.api get clear errors and change nothing', async ({ page }) => {
  await expect(page.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
  const answers = await page.evaluate(async () => {
    const api = (window as unknown as { api: Record<string, Record<string, (i?: unknown) => Promise<unknown>>> }).api;
    return Promise.all([
      api.accounts!.create!({ name: 'x', arr: -1 }),
      api.accounts!.create!('DROP TABLE accounts'),
      api.accounts!.create!({ name: 'x'.repeat(500), arr: 1, segmentOverride: null, stage: 'Adoption', ownerCsm: '', contractStart: null, renewalDate: null, productVersion: '', notes: '' }),
      api.contacts!.create!({ accountId: '../../etc/passwd', fields: {} }),
      api.accounts!.archive!({ id: '00000000-0000-4000-8000-000000000000' }),
    ]);
  });
  expect(answers.map((a) => (a as { ok: boolean }).ok)).toEqual([false, false, false, false, false]);
  expect(answers.map((a) => (a as { error: { code: string } }).error.code)).toEqual([
    'INVALID_INPUT',
    'INVALID_INPUT',
    'INVALID_INPUT',
    'INVALID_INPUT',
    'NOT_FOUND',
  ]);
  expect((answers[2] as { error: { message: string } }).error.message).toContain('Keep the name under 200 characters');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Your book of accounts is empty' })).toBeVisible();
});

test('nothing tries to reach the network', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await page.getByRole('region', { name: /Accounts table/ }).getByRole('link').first().click();
  await page.getByRole('tab', { name: 'Tasks' }).click();
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByText('Schema version')).toBeVisible();
  expect(app.foreignRequests).toEqual([]);
});

test('a data file from a newer Fieldbook is refused, explained and left untouched', async ({ page, app }) => {
  await page.getByRole('button', { name: 'Load sample data' }).click();
  await expect(page.getByText(/Added 40 sample accounts/)).toBeVisible();
  const { default: Database } = await import('better-sqlite3');
  const { join } = await import('node:path');
  const { readFileSync } = await import('node:fs');
  const file = join(app.dataDir, 'fieldbook.sqlite');
  let before = '';
  const after = await app.restart(() => {
    const db = new Database(file);
    db.pragma('user_version = 999');
    db.close();
    before = readFileSync(file).toString('base64');
  });
  await expect(after.getByRole('heading', { name: 'Fieldbook can’t open your data' })).toBeVisible();
  await expect(after.getByText(/newer version of Fieldbook/)).toBeVisible();
  await app.restart(() => {
    expect(readFileSync(file).toString('base64')).toBe(before);
  });
});
