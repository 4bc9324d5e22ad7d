import type { BackupKind } from '../../shared/backups/schema';

const PATTERN = /^fieldbook-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z-(automatic|manual|pre-migration-v\d+|pre-restore)\.sqlite$/;

/** `fieldbook-2026-11-30T16-50-00-000Z-manual.sqlite`: sorts by time, names its kind, valid on every OS. */
export function backupFileName(at: Date, kind: BackupKind, fromVersion?: number): string {
  const stamp = at.toISOString().replace(/[:.]/g, '-');
  const suffix = kind === 'pre-migration' ? `pre-migration-v${fromVersion ?? 0}` : kind;
  return `fieldbook-${stamp}-${suffix}.sqlite`;
}

/** The time and kind a backup's name holds; null for any other file in the folder. */
export function parseBackupFileName(name: string): { createdAt: Date; kind: BackupKind } | null {
  const m = PATTERN.exec(name);
  if (!m) return null;
  const createdAt = new Date(`${m[1]}T${m[2]}:${m[3]}:${m[4]}.${m[5]}Z`);
  if (Number.isNaN(createdAt.getTime())) return null;
  const tag = m[6]!;
  const kind: BackupKind = tag.startsWith('pre-migration') ? 'pre-migration' : (tag as BackupKind);
  return { createdAt, kind };
}
