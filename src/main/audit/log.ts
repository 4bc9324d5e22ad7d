import { createHash } from 'node:crypto';
import { AUDIT_ACTION_LABELS, type AuditAction, type AuditCheck, type AuditDetails, type AuditEntry } from '../../shared/licenses/audit-schema';
import { canonicalJson } from '../../shared/licenses/canonical-json';
import type { AuditLogTable } from '../db/schema';
import type { Store } from '../db/store';
import type { Actor } from '../settings/actor';
import { allAuditRows, insertAuditRow, lastAuditLink, newestAuditRows } from './repository';

/** The link the first entry points back to. */
export const GENESIS_HASH = '0'.repeat(64);

type Unhashed = Omit<AuditEntry, 'hash'>;

/** The exact bytes an entry's hash covers: canonical JSON of everything but the hash itself. */
export function auditEntryBytes(e: Unhashed): Buffer {
  return Buffer.from(
    canonicalJson({ seq: e.seq, at: e.at, actor: e.actor, action: e.action, subject: e.subject, details: e.details, prevHash: e.prevHash }),
    'utf8',
  );
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/**
 * Appends one event, linked to the entry before it by that entry's hash. Call it inside the
 * transaction that makes the change, so the change and its record commit together.
 */
export function appendAudit(
  store: Store,
  event: { action: AuditAction; subject: string; details: AuditDetails },
  now: Date,
  actor: Actor,
): AuditEntry {
  return store.tx(() => {
    const last = lastAuditLink(store);
    const entry: Unhashed = {
      seq: (last?.seq ?? 0) + 1,
      at: now.toISOString(),
      actor: actor.recorded,
      action: event.action,
      subject: event.subject,
      details: event.details,
      prevHash: last?.hash ?? GENESIS_HASH,
    };
    const hash = sha256(auditEntryBytes(entry));
    insertAuditRow(store, {
      seq: entry.seq,
      at: entry.at,
      actor: entry.actor,
      action: entry.action,
      subject: entry.subject,
      details: canonicalJson(entry.details),
      prev_hash: entry.prevHash,
      hash,
    });
    return { ...entry, hash };
  });
}

function toEntry(row: AuditLogTable): AuditEntry {
  return {
    seq: row.seq,
    at: row.at,
    actor: row.actor,
    action: row.action as AuditAction,
    subject: row.subject,
    details: JSON.parse(row.details) as AuditDetails,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

/** The newest entries first. */
export function listAudit(store: Store, limit = 200): AuditEntry[] {
  return newestAuditRows(store, limit).map(toEntry);
}

function describe(row: AuditLogTable): string {
  const label = row.action in AUDIT_ACTION_LABELS ? AUDIT_ACTION_LABELS[row.action as AuditAction] : row.action;
  return `entry #${row.seq} (${label}, ${row.at.slice(0, 10)})`;
}

/**
 * Walks the chain from the first entry and names the first one that does not hold: a gap in
 * the numbering (an entry deleted), content that no longer matches its hash (an entry edited
 * or moved), or a link that does not point at the entry before (an entry before it removed or
 * reordered). Deleting the newest entries leaves no trace in a hash chain; that is the known
 * limit of the design.
 */
export function verifyAuditChain(store: Store): AuditCheck {
  const rows = allAuditRows(store);
  let prevHash = GENESIS_HASH;
  const broken = (seq: number, problem: string): AuditCheck => ({
    intact: false,
    entries: rows.length,
    firstBroken: { seq, problem },
    message: `The audit log has been altered: ${problem}`,
  });
  for (const [i, row] of rows.entries()) {
    const expected = i + 1;
    if (row.seq !== expected) {
      return broken(expected, `entry #${expected} is missing (the log jumps from #${expected - 1} to #${row.seq}).`);
    }
    let details: AuditDetails;
    try {
      details = JSON.parse(row.details) as AuditDetails;
    } catch {
      return broken(row.seq, `${describe(row)} was changed after it was written (its details are no longer readable).`);
    }
    const recomputed = sha256(
      auditEntryBytes({
        seq: row.seq,
        at: row.at,
        actor: row.actor,
        action: row.action as AuditAction,
        subject: row.subject,
        details,
        prevHash: row.prev_hash,
      }),
    );
    if (recomputed !== row.hash) {
      return broken(row.seq, `${describe(row)} was changed after it was written.`);
    }
    if (row.prev_hash !== prevHash) {
      return broken(row.seq, `${describe(row)} does not follow the entry before it: an earlier entry was changed, removed or reordered.`);
    }
    prevHash = row.hash;
  }
  return {
    intact: true,
    entries: rows.length,
    firstBroken: null,
    message: rows.length === 0 ? 'The audit log is empty: nothing has been signed yet.' : `All ${rows.length} entries of the audit log are intact.`,
  };
}
