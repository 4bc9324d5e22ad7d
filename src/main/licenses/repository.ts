import { sql } from 'kysely';
import { utcIsoDate } from '../../shared/dates/iso-date';
import type { LicenseKind } from '../../shared/licenses/rules';
import type { License } from '../../shared/licenses/schema';
import { daysLeft, expiryReminderDate, expiryReminderDays, licenseStatus, reminderDate } from '../../shared/licenses/status';
import type { LicenseSharesTable, LicensesTable } from '../db/schema';
import type { Store } from '../db/store';

type LicenseRow = Omit<LicensesTable, 'file_text'> & { account_name: string; replaced_by_id: string | null; shares_json: string };

/** Every column but the signed file itself, which only "Save license file…" needs. */
const LIST_COLUMNS = [
  'l.id',
  'l.account_id',
  'l.licensee',
  'l.modules',
  'l.kind',
  'l.issued_at',
  'l.issued_by',
  'l.valid_from',
  'l.expires_at',
  'l.project_start',
  'l.project_end',
  'l.reminder_days',
  'l.key_id',
  'l.format_version',
  'l.replaces_id',
  'l.revoked_at',
  'l.revoked_by',
  'l.revoked_reason',
] as const;

function selectLicenses(store: Store) {
  return store.q
    .selectFrom('licenses as l')
    .innerJoin('accounts as a', 'a.id', 'l.account_id')
    .select(LIST_COLUMNS)
    .select('a.name as account_name')
    .select((eb) =>
      eb
        .selectFrom('licenses as r')
        .select('r.id')
        .whereRef('r.replaces_id', '=', 'l.id')
        .orderBy('r.issued_at', 'desc')
        .limit(1)
        .as('replaced_by_id'),
    )
    .select(
      sql<string>`(SELECT json_group_array(json_object('recipient', s.recipient, 'channel', s.channel, 'sharedAt', s.shared_at, 'sharedBy', s.shared_by))
        FROM (SELECT * FROM license_shares WHERE license_id = l.id ORDER BY shared_at, id) AS s)`.as('shares_json'),
    );
}

export function toLicense(row: LicenseRow, today: string): License {
  const kind = row.kind as LicenseKind;
  return {
    id: row.id,
    accountId: row.account_id,
    accountName: row.account_name,
    licensee: row.licensee,
    modules: JSON.parse(row.modules) as string[],
    kind,
    issuedAt: row.issued_at,
    issuedBy: row.issued_by,
    validFrom: row.valid_from,
    expiresAt: row.expires_at,
    projectStart: row.project_start,
    projectEnd: row.project_end,
    keyId: row.key_id,
    formatVersion: row.format_version,
    replacesId: row.replaces_id,
    replacedById: row.replaced_by_id,
    revokedAt: row.revoked_at,
    revokedBy: row.revoked_by,
    revokedReason: row.revoked_reason,
    status: licenseStatus(
      { kind, validFrom: row.valid_from, expiresAt: row.expires_at, revokedAt: row.revoked_at, reminderDays: row.reminder_days },
      today,
    ),
    daysLeft: daysLeft(row.expires_at, today),
    remindOn: reminderDate(kind, row.expires_at, row.reminder_days),
    reminderDays: expiryReminderDays(kind, row.reminder_days),
    expiryReminderOn: expiryReminderDate(kind, row.expires_at, row.reminder_days),
    shares: JSON.parse(row.shares_json) as License['shares'],
  };
}

export function findLicense(store: Store, id: string, now: Date): License | undefined {
  const row = store.first(selectLicenses(store).where('l.id', '=', id));
  return row && toLicense(row, utcIsoDate(now));
}

/** An account's license history, newest first. */
export function listLicenses(store: Store, accountId: string, now: Date): License[] {
  const today = utcIsoDate(now);
  return store
    .all(selectLicenses(store).where('l.account_id', '=', accountId).orderBy('l.issued_at', 'desc').orderBy('l.id'))
    .map((row) => toLicense(row, today));
}

/** Whether (and why) a license was revoked in this book; undefined for a license it never issued. */
export function findRevocation(store: Store, id: string): Pick<LicensesTable, 'revoked_at' | 'revoked_reason'> | undefined {
  return store.first(store.q.selectFrom('licenses').select(['revoked_at', 'revoked_reason']).where('id', '=', id));
}

export function licenseFileText(store: Store, id: string): string | undefined {
  return store.first(store.q.selectFrom('licenses').select('file_text').where('id', '=', id))?.file_text;
}

/** Module names used on earlier licenses, most used first: the form offers them as suggestions. */
export function moduleSuggestions(store: Store): string[] {
  const rows = store
    .prepared(
      `SELECT m.value AS value FROM licenses AS l, json_each(l.modules) AS m
       GROUP BY m.value ORDER BY count(*) DESC, m.value LIMIT 100`,
    )
    .all() as { value: string }[];
  return rows.map((r) => r.value);
}

export function insertLicense(store: Store, row: LicensesTable): void {
  store.run(store.q.insertInto('licenses').values(row));
}

/** Records one sharing of a license file (who received it, through which channel). */
export function insertShare(store: Store, row: LicenseSharesTable): void {
  store.run(store.q.insertInto('license_shares').values(row));
}

export function markRevoked(store: Store, id: string, revoked: { at: string; by: string; reason: string }): void {
  store.run(store.q.updateTable('licenses').set({ revoked_at: revoked.at, revoked_by: revoked.by, revoked_reason: revoked.reason }).where('id', '=', id));
}
