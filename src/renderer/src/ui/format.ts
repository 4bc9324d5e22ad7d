import { daysBetween, localIsoDate } from '../../../shared/dates/iso-date';

/** Formatting by the OS locale (`Intl`), in one place. */
const locale = undefined;

const currency = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const currencyCompact = new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
const day = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
const relative = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });

export const formatMoney = (amount: number) => currency.format(amount);
export const formatMoneyCompact = (amount: number) => currencyCompact.format(amount);

/** A calendar day (`YYYY-MM-DD`) as the OS writes dates, e.g. "Nov 25, 2026". */
export const formatDay = (isoDate: string | null) => (isoDate ? day.format(new Date(`${isoDate}T00:00:00Z`)) : '—');
export const formatTime = (isoTimestamp: string) => time.format(new Date(isoTimestamp));
export const formatDateTime = (isoTimestamp: string) => dateTime.format(new Date(isoTimestamp));

/** "today", "in 12 days", "3 days ago"; months past ~2 months. */
export function relativeDay(isoDate: string, today = localIsoDate(new Date())): string {
  const days = daysBetween(today, isoDate);
  if (Math.abs(days) < 60) return relative.format(days, 'day');
  return relative.format(Math.round(days / 30.4), 'month');
}
