import { readdirSync } from 'node:fs';
import type { Api } from '../../src/shared/ipc/contract';
import type { OperationProgress } from '../../src/shared/ipc/long-operation';
import { test, expect } from './fixtures';

type Seen = { progress: OperationProgress[] };

test('exporting the feedback inbox reports its progress to the page, from main, until the file is written', async ({ page, app }) => {
  await page.evaluate(async () => {
    const api = (globalThis as unknown as { api: Api }).api;
    const account = await api.accounts.create({
      name: 'Northwind Health', arr: 180_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex',
      contractStart: null, renewalDate: null, productVersion: '', notes: '',
    });
    if (!account.ok) throw new Error(account.error.message);
    for (const request of ['Can we download the DP page as PDF?', 'Bulk edit for tags']) {
      const r = await api.feedback.create({
        accountId: account.value.id,
        fields: {
          request, whys: [], rootCause: '', askedBy: [], category: 'feature-request', productArea: 'Reports',
          route: 'pm', priority: 'medium', noteId: null,
        },
      });
      if (!r.ok) throw new Error(r.error.message);
    }
    // Listens the way the renderer does, through the preload's api.on.
    const seen: Seen = { progress: [] };
    (globalThis as unknown as { seen: Seen }).seen = seen;
    api.on('operationProgress', (p) => seen.progress.push(p));
  });

  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Feedback' }).click();
  await page.getByRole('button', { name: 'Export CSV' }).click();
  await expect(page.getByRole('status')).toContainText('Exported 2 requests to');
  expect(readdirSync(app.outputDir)).toEqual([expect.stringMatching(/^feedback-\d{4}-\d{2}-\d{2}\.csv$/)]);

  const reports = () => page.evaluate(() => (globalThis as unknown as { seen: Seen }).seen.progress);
  // Events travel beside the call's reply: wait until the report of the finished file is in.
  await expect.poll(async () => (await reports()).some((p) => p.phase === 'Writing the file' && p.done === p.total)).toBe(true);
  const progress = await reports();
  // One operation, its id made up by the page; phases in order; the last report is the whole file.
  expect(new Set(progress.map((p) => p.operationId)).size).toBe(1);
  expect(progress[0]).toMatchObject({ phase: 'Collecting the feedback', done: 0 });
  const last = progress.at(-1)!;
  expect(last.phase).toBe('Writing the file');
  expect(last.total).toBeGreaterThan(0);
  expect(last.done).toBe(last.total);
  // Only the payload reaches the page: no trace of Electron's event object.
  expect(JSON.stringify(progress)).not.toContain('ipcRenderer');
});
