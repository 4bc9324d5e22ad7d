import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written `YYYY-MM-DD` (rejects 2026-02-30). */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A calendar day, `YYYY-MM-DD`, with no time zone: contract and renewal dates are days. */
export const IsoDate = z
  .string({ error: 'Enter a date' })
  .refine(isIsoDate, { message: 'Enter a real date (YYYY-MM-DD)' });

/** An instant, as written by `Date.prototype.toISOString()`. */
export const IsoTimestamp = z.iso.datetime({ offset: true, error: 'Enter a date and time' });

/** Today's date in the local time zone, `YYYY-MM-DD`. */
export function localIsoDate(now: Date): string {
  const y = now.getFullYear();
  const m = String(now.getMonth() + 1).padStart(2, '0');
  const d = String(now.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * Today's date in UTC, `YYYY-MM-DD`. License validity is defined in UTC days (a license file is
 * checked the same way on every machine), so its status and days left use this, not the local day.
 */
export function utcIsoDate(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const a = Date.parse(`${from}T00:00:00Z`);
  const b = Date.parse(`${to}T00:00:00Z`);
  return Math.round((b - a) / 86_400_000);
}

/** `date` moved by `days` (may be negative), `YYYY-MM-DD`. */
export function addDays(date: string, days: number): string {
  const t = Date.parse(`${date}T00:00:00Z`) + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
