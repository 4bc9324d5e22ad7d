import { randomUUID } from 'node:crypto';
import { Narrative, EMPTY_NARRATIVE, type QbrDraft, type SaveDraftInput } from '../../shared/qbr/schema';
import { periodKey, periodRange, type QbrPeriod } from '../../shared/qbr/period';
import { getAccount } from '../accounts/service';
import type { Store } from '../db/store';
import { syncCadenceTasks } from '../tasks/cadence';
import { findDraft, insertExport, upsertDraft } from './repository';

/** The CSM's narrative for one account and period (empty before anything was typed). */
export function getDraft(store: Store, accountId: string, period: QbrPeriod): QbrDraft {
  getAccount(store, accountId);
  const key = periodKey(period);
  const row = findDraft(store, accountId, key);
  if (!row) return { accountId, periodKey: key, narrative: EMPTY_NARRATIVE, updatedAt: null };
  // A stored narrative that no longer parses reads as empty rather than breaking the tab.
  const parsed = Narrative.safeParse(JSON.parse(row.narrative));
  return { accountId, periodKey: key, narrative: parsed.success ? parsed.data : EMPTY_NARRATIVE, updatedAt: row.updated_at };
}

/** Autosaves the narrative; the last save wins (one editor per account and period). */
export function saveDraft(store: Store, { accountId, period, narrative }: SaveDraftInput, now: Date): QbrDraft {
  getAccount(store, accountId);
  const key = periodKey(period);
  const updatedAt = now.toISOString();
  upsertDraft(store, { account_id: accountId, period_key: key, narrative: JSON.stringify(narrative), updated_at: updatedAt });
  return { accountId, periodKey: key, narrative, updatedAt };
}

/**
 * Records an exported pack. The export counts as the QBR having been prepared, so the account's
 * rolling "Next QBR" task (tasks/cadence.ts: one task, moved, per the segment's cadence) moves on
 * from it — the same task a quarterly or half-yearly review note moves, never a second one.
 */
export function recordExport(store: Store, accountId: string, period: QbrPeriod, folder: string, now: Date): void {
  const { from, to } = periodRange(period);
  store.tx(() => {
    insertExport(store, { id: randomUUID(), account_id: accountId, period_key: periodKey(period), period_from: from, period_to: to, folder, exported_at: now.toISOString() });
    syncCadenceTasks(store, accountId, now);
  });
}
