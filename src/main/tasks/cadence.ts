import { localIsoDate } from '../../shared/dates/iso-date';
import { CADENCE_KINDS, CADENCE_NOTE_KINDS, nextCadenceDue, SEGMENT_CADENCE, type CadenceKind } from '../../shared/tasks/playbook';
import { findAccount } from '../accounts/repository';
import { segmentForArr, SEGMENTS, type Segment } from '../../shared/accounts/segments';
import type { Store } from '../db/store';
import { deleteTask, findTaskIdByDedupeKey, latestNoteHeldAt, latestQbrExportAt, openTasksOfSource, rekeyTask } from './repository';
import { createTask } from './service';

export const cadenceKey = (accountId: string, kind: string, dueOn: string) => `cadence:${accountId}:${kind}:${dueOn}`;

/**
 * Keeps the account's rolling "Next sync" and "Next QBR" tasks one cadence after the last such
 * meeting (seed cadence per segment, shared/tasks/playbook.ts). The open task is moved — same
 * id, notes and snooze — never a second one made; a task ticked done stays done, and the next
 * meeting's note brings the next one. A segment without that cadence, or an account that
 * churned or is archived, keeps no open rolling task.
 */
export function syncCadenceTasks(store: Store, accountId: string, now: Date): void {
  store.tx(() => {
    const account = findAccount(store, accountId);
    if (!account) return;
    const segment: Segment = (account.segment_override as Segment | null) ?? segmentForArr(account.arr_cents / 100);
    const live = account.archived_at === null && account.stage !== 'Churned';
    const at = now.toISOString();
    for (const kind of CADENCE_KINDS) {
      const step = live ? SEGMENT_CADENCE[segment][kind] : null;
      const open = openTasksOfSource(store, accountId, 'cadence', kind);
      if (!step) {
        for (const task of open) deleteTask(store, task.id);
        continue;
      }
      const held = lastHeld(store, accountId, kind);
      const from = held ? localIsoDate(new Date(held)) : (account.contract_start ?? localIsoDate(new Date(account.created_at)));
      const dueOn = nextCadenceDue(from, step);
      const dedupeKey = cadenceKey(accountId, kind, dueOn);
      const [current, ...extra] = open;
      for (const task of extra) deleteTask(store, task.id);
      const holder = findTaskIdByDedupeKey(store, dedupeKey);
      if (current && holder && holder !== current.id) {
        // That cycle's task was already ticked done (a meeting note was removed again): nothing is open.
        deleteTask(store, current.id);
        continue;
      }
      if (current) {
        // A title the CSM edited stays; a generated one follows the segment's wording.
        const generated = SEGMENTS.some((s) => SEGMENT_CADENCE[s][kind]?.title === current.title);
        const title = generated ? step.title : current.title;
        if (current.dedupe_key !== dedupeKey || current.title !== title) rekeyTask(store, current.id, { dedupe_key: dedupeKey, due_on: dueOn, title, updated_at: at });
        continue;
      }
      // With that key already done (ticked for this very cycle), createTask hands it back: no duplicate.
      createTask(store, { accountId, title: step.title, owner: account.owner_csm, dueOn, source: { kind: 'cadence', id: kind }, dedupeKey }, now);
    }
  });
}

/**
 * The last such meeting: the latest sync or review note; for the QBR, an exported QBR pack counts
 * too (preparing the pack is what the rolling task asks for). ISO timestamps compare as text.
 */
function lastHeld(store: Store, accountId: string, kind: CadenceKind): string | null {
  const note = latestNoteHeldAt(store, accountId, CADENCE_NOTE_KINDS[kind]);
  const exported = kind === 'qbr' ? latestQbrExportAt(store, accountId) : null;
  if (note === null) return exported;
  if (exported === null) return note;
  return note > exported ? note : exported;
}
