import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAccount } from '../../../src/main/accounts/service';
import { saveNote } from '../../../src/main/checkins/service';
import { openDatabase } from '../../../src/main/db/open';
import { createStore, type Store } from '../../../src/main/db/store';
import { createRequest } from '../../../src/main/feedback/requests';
import { createTheme, linkRequest, setThemeStatus } from '../../../src/main/feedback/themes';
import { recordCheck } from '../../../src/main/health/service';
import { buildPack } from '../../../src/main/qbr/export-pack';
import { saveDraft } from '../../../src/main/qbr/service';
import { createTask, setTaskDone } from '../../../src/main/tasks/service';
import { addDays, localIsoDate } from '../../../src/shared/dates/iso-date';
import { NO_SIGNALS } from '../../../src/shared/health/signals';
import { defaultPeriod } from '../../../src/shared/qbr/period';
import { stats, type Stats } from '../measure';

/**
 * Issue 10's large account: two years of data — 200 check-in notes, 100 feedback requests, 50
 * health checks, 300 tasks — and a long narrative; returns the store, its folder and the account.
 */
function largeAccount(now: Date): { store: Store; dir: string; close: () => void; accountId: string } {
  const dir = mkdtempSync(join(tmpdir(), 'fieldbook-bench-qbr-'));
  const sqlite = openDatabase(join(dir, 'fieldbook.sqlite'));
  const store = createStore(sqlite);
  const today = localIsoDate(now);
  const at = (daysAgo: number) => new Date(`${addDays(today, -daysAgo)}T10:00:00.000Z`);
  const account = createAccount(
    store,
    { name: 'Globex Corporation', arr: 480_000, segmentOverride: null, stage: 'Adoption', ownerCsm: 'Alex', contractStart: addDays(today, -730), renewalDate: addDays(today, 120), productVersion: '4.2', notes: '' },
    at(730),
  );
  store.tx(() => {
    for (let i = 0; i < 200; i++) {
      saveNote(store, { id: randomUUID(), accountId: account.id, baseRevision: 0, draft: { kind: 'bi-weekly-sync', heldAt: at(730 - i * 3.6).toISOString(), attendees: [], body: `Sync ${i}: usage, blockers, roadmap. `.repeat(20) } }, at(730 - i * 3.6));
    }
    for (let i = 0; i < 50; i++) {
      const score = 40 + ((i * 7) % 55);
      recordCheck(store, { accountId: account.id, checkedOn: addDays(today, -730 + i * 14), scores: { usage: score, adoption: score - 5, support: score + 3, outcomes: score - 10 }, signals: { ...NO_SIGNALS, nps: i % 11, activeUsers: 100 + i, licensedSeats: 250 }, note: '' }, at(730 - i * 14));
    }
    const themes = Array.from({ length: 10 }, (_, i) => createTheme(store, { title: `Theme ${i}: faster access`, problemStatement: '' }, [], at(700)).theme);
    themes.slice(0, 4).forEach((t) => setThemeStatus(store, t.id, 'planned', null, at(300)));
    themes.slice(0, 2).forEach((t) => setThemeStatus(store, t.id, 'shipped', null, at(60)));
    for (let i = 0; i < 100; i++) {
      const r = createRequest(store, account.id, { request: `Request ${i}: export the lineage view as PDF for auditors`, whys: ['To send it', 'Auditors ask'], rootCause: 'Access friction', askedBy: [], category: 'feature-request', productArea: 'Marketplace', route: 'pm', priority: 'medium', noteId: null, businessJustification: '', impactAssessment: '', vendorIssueUrl: '' }, at(730 - i * 7));
      linkRequest(store, r.id, themes[i % themes.length]!.id, at(730 - i * 7));
    }
    for (let i = 0; i < 300; i++) {
      const t = createTask(store, { accountId: account.id, title: `Action ${i}: follow up with the data team`, owner: i % 2 ? 'Alex' : 'Customer', dueOn: addDays(today, -730 + i * 2.5), source: { kind: 'manual', id: null } }, at(730 - i * 2.4));
      if (i % 3) setTaskDone(store, t.id, true, at(730 - i * 2.4 - 1));
    }
  });
  const period = defaultPeriod('Enterprise', today);
  saveDraft(store, { accountId: account.id, period, narrative: { goals: 'Cut onboarding from six weeks to two. '.repeat(200), value: 'Saved 120 analyst hours a month. '.repeat(200), roadmap: 'Lineage in reports. '.repeat(100), asks: 'Name an executive sponsor. '.repeat(50) } }, now);
  return { store, dir, accountId: account.id, close: () => (sqlite.close(), rmSync(dir, { recursive: true, force: true })) };
}

export interface QbrBench {
  total: Stats;
  /** Share of the time spent on each file (content model, pptx, pdf, csv, zip), in percent of the median run. */
  shares: Record<string, number>;
  bytes: Record<string, number>;
}

/** Builds the whole pack for the large account `iterations` times (after one warm-up). */
export async function qbrPackBench(now: Date, iterations = 15): Promise<QbrBench> {
  const fixture = largeAccount(now);
  try {
    const period = defaultPeriod('Enterprise', localIsoDate(now));
    const op = { signal: new AbortController().signal, progress: () => {} };
    await buildPack(fixture.store, fixture.accountId, period, now, 'en-GB', op);
    const totals: number[] = [];
    const runs: Record<string, number>[] = [];
    let bytes: Record<string, number> = {};
    for (let i = 0; i < iterations; i++) {
      const start = performance.now();
      const pack = await buildPack(fixture.store, fixture.accountId, period, now, 'en-GB', op);
      totals.push(performance.now() - start);
      runs.push(pack.timings);
      bytes = Object.fromEntries(pack.files.map((f) => [f.name.slice(f.name.lastIndexOf('.') + 1) + (f.name.startsWith('appendix') ? ` ${f.name}` : ''), f.bytes.length]));
    }
    const median = runs[totals.indexOf([...totals].sort((a, b) => a - b)[Math.floor(totals.length / 2)]!)]!;
    const sum = Object.values(median).reduce((a, b) => a + b, 0);
    return { total: stats(totals), shares: Object.fromEntries(Object.entries(median).map(([k, v]) => [k, (v / sum) * 100])), bytes };
  } finally {
    fixture.close();
  }
}
