import { describe, expect, it } from 'vitest';
import { pdfRequest } from '../support/feedback-fixtures';
import { useTestRuntime } from '../support/test-runtime';

const rt = useTestRuntime('feedback');
const call = rt.call;

/** Every feedback row, so a refused call can be shown to have changed nothing. */
function snapshot() {
  const db = rt.runtime.store!.sqlite;
  return ['feedback_requests', 'feedback_why_steps', 'feedback_asked_by', 'feedback_themes', 'feedback_theme_status_changes', 'tasks'].map(
    (table) => db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all(),
  );
}

describe('feedback through the IPC door', () => {
  it('refuses bad input with a message at the field and changes nothing', async () => {
    const acc = await call('accounts:create', {
      name: 'Acme', arr: 120_000, segmentOverride: null, stage: 'Adoption', ownerCsm: '', contractStart: null,
      renewalDate: null, productVersion: '', notes: '',
    });
    if (!acc.ok) throw new Error('account not created');
    const accountId = (acc.value as { id: string }).id;
    const created = await call('feedback:create', { accountId, fields: pdfRequest() });
    expect(created.ok).toBe(true);
    const theme = await call('feedback:createTheme', { fields: { title: 'Access', problemStatement: '' }, requestIds: [] });
    if (!theme.ok) throw new Error('theme not created');
    const themeId = (theme.value as { theme: { id: string } }).theme.id;
    const before = snapshot();

    const bad: [string, unknown, (string | number)[]][] = [
      ['feedback:create', { accountId, fields: pdfRequest({ request: '  ' }) }, ['fields', 'request']],
      ['feedback:create', { accountId, fields: { ...pdfRequest(), whys: ['fine', ''] } }, ['fields', 'whys', 1]],
      ['feedback:create', { accountId, fields: { ...pdfRequest(), category: 'wish' } }, ['fields', 'category']],
      ['feedback:create', { accountId, fields: { ...pdfRequest(), sneaky: true } }, ['fields']],
      ['feedback:create', { accountId: 'nope', fields: pdfRequest() }, ['accountId']],
      ['feedback:setThemeStatus', { id: themeId, status: 'wont-do', reason: ' ' }, ['reason']],
      ['feedback:setThemeStatus', { id: themeId, status: 'new', reason: null }, ['status']],
      ['feedback:createTheme', { fields: { title: '', problemStatement: '' }, requestIds: [] }, ['fields', 'title']],
      ['feedback:link', { requestId: themeId, themeId }, []],
      ['feedback:inbox', { sort: 'random' }, ['sort']],
      ['feedback:exportInbox', { format: 'xlsx', query: {} }, ['format']],
    ];
    for (const [channel, input, path] of bad) {
      const result = await call(channel, input);
      expect(result.ok, channel).toBe(false);
      if (!result.ok && path.length > 0) expect(result.error.issues?.[0]?.path, channel).toEqual(path);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a request from outside the app window', async () => {
    const result = await rt.runtime.invoke('feedback:inbox', 'https://evil.example', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  });
});
