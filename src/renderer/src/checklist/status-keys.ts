import type { ChecklistStatus } from '../../../shared/checklist/schema';

/** How each status reads, looks and is typed. The glyph's shape carries the status, not only its colour. */
export const STATUS_META: Record<ChecklistStatus, { label: string; short: string; glyph: string; keys: readonly string[] }> = {
  todo: { label: 'To do', short: 'To do', glyph: '○', keys: ['1', 't'] },
  'in-progress': { label: 'In progress', short: 'In progress', glyph: '◐', keys: ['2', 'p'] },
  done: { label: 'Done', short: 'Done', glyph: '✓', keys: ['3', 'd'] },
  'not-applicable': { label: 'Not applicable', short: 'N/A', glyph: '–', keys: ['4', 'n'] },
};

export const STATUS_ORDER: readonly ChecklistStatus[] = ['todo', 'in-progress', 'done', 'not-applicable'];

/** The status a key press sets, if any (1–4 or t / p / d / n, without modifiers). */
export function statusForKey(event: { key: string; ctrlKey: boolean; metaKey: boolean; altKey: boolean }): ChecklistStatus | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const key = event.key.toLowerCase();
  return STATUS_ORDER.find((s) => STATUS_META[s].keys.includes(key)) ?? null;
}

/** "Done (3 or D)" for tooltips. */
export const statusTooltip = (status: ChecklistStatus) =>
  `${STATUS_META[status].label} (${STATUS_META[status].keys[0]} or ${STATUS_META[status].keys[1]?.toUpperCase()})`;
