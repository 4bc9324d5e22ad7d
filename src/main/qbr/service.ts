import { randomUUID } from 'node:crypto';
import { Narrative, EMPTY_NARRATIVE, type QbrDraft, type SaveDraftInput } from '../../shared/qbr/schema';
import { periodKey, periodRange, nextPeriod, periodLabel, type QbrPeriod } from '../../shared/qbr/period';
import { getAccount } from '../accounts/service';
import type { Store } from '../db/store';
import { createTask, setTaskDone, updateTask } from '../tasks/service';
import { findTaskIdByDedupeKey } from '../tasks/repository';
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
 * Records an exported pack and moves the account's rolling "next QBR" task on to the end of the
 * next period in its cadence (one task per account, found by its key).
 */
export function recordExport(store: Store, accountId: string, period: QbrPeriod, folder: string, owner: string, now: Date): void {
  const account = getAccount(store, accountId);
  const { from, to } = periodRange(period);
  const next = nextPeriod(period, account.segment);
  const dueOn = periodRange(next).to;
  const title = `Prepare the QBR for ${periodLabel(next)}`;
  store.tx(() => {
    insertExport(store, { id: randomUUID(), account_id: accountId, period_key: periodKey(period), period_from: from, period_to: to, folder, exported_at: now.toISOString() });
    const dedupeKey = `qbr:${accountId}:next`;
    const existing = findTaskIdByDedupeKey(store, dedupeKey);
    if (existing) {
      updateTask(store, existing, { title, owner, dueOn }, now);
      setTaskDone(store, existing, false, now);
    }
    else createTask(store, { accountId, title, owner, dueOn, source: { kind: 'qbr', id: null }, dedupeKey }, now);
  });
}
