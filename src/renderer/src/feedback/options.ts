import { SEGMENTS } from '../../../shared/accounts/segments';
import {
  CATEGORIES,
  CATEGORY_LABELS,
  PRIORITIES,
  PRIORITY_LABELS,
  ROUTES,
  ROUTE_LABELS,
} from '../../../shared/feedback/classification';
import { INBOX_SORTS, INBOX_SORT_LABELS } from '../../../shared/feedback/schema';
import { THEME_STATUSES, THEME_STATUS_LABELS } from '../../../shared/feedback/theme-status';

/** Select options built from the shared labels, so the form, filters and exports agree. */
const toOptions = <K extends string>(keys: readonly K[], labels: Record<K, string>) => keys.map((value) => ({ value, label: labels[value] }));

export const CATEGORY_OPTIONS = toOptions(CATEGORIES, CATEGORY_LABELS);
export const ROUTE_OPTIONS = toOptions(ROUTES, ROUTE_LABELS);
export const PRIORITY_OPTIONS = toOptions(PRIORITIES, PRIORITY_LABELS);
export const STATUS_OPTIONS = toOptions(THEME_STATUSES, THEME_STATUS_LABELS);
export const SORT_OPTIONS = toOptions(INBOX_SORTS, INBOX_SORT_LABELS);
export const SEGMENT_OPTIONS = SEGMENTS.map((s) => ({ value: s, label: s }));

/** "Any …" first, for filters. */
export const withAny = (label: string, options: readonly { value: string; label: string }[]) => [{ value: '', label }, ...options];
