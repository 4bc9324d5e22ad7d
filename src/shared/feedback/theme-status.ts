/**
 * A theme's life: new → under consideration → planned → shipped, or won't do (with a reason).
 * The rules are plain functions so the form and main apply the same ones.
 */
export const THEME_STATUSES = ['new', 'under-consideration', 'planned', 'shipped', 'wont-do'] as const;
export type ThemeStatus = (typeof THEME_STATUSES)[number];

export const THEME_STATUS_LABELS: Record<ThemeStatus, string> = {
  new: 'New',
  'under-consideration': 'Under consideration',
  planned: 'Planned',
  shipped: 'Shipped',
  'wont-do': "Won't do",
};

/**
 * Moves allowed from each status. Forward along the line may skip steps (product may announce
 * a plan the CSM had not heard of); the backward moves are corrections: a release pulled
 * (shipped → planned) or a rejected problem reconsidered.
 */
const ALLOWED: Record<ThemeStatus, readonly ThemeStatus[]> = {
  new: ['under-consideration', 'planned', 'shipped', 'wont-do'],
  'under-consideration': ['new', 'planned', 'shipped', 'wont-do'],
  planned: ['under-consideration', 'shipped', 'wont-do'],
  shipped: ['planned'],
  'wont-do': ['new', 'under-consideration'],
};

export function nextStatuses(from: ThemeStatus): readonly ThemeStatus[] {
  return ALLOWED[from];
}

export type TransitionCheck =
  | { ok: true; reason: string | null }
  | { ok: false; field: 'status' | 'reason'; message: string };

/**
 * Whether a theme may move from `from` to `to`. Won't do needs a reason (the customer will ask
 * why); any other move may carry an optional note. Returns the reason to keep, trimmed.
 */
export function checkTransition(from: ThemeStatus, to: ThemeStatus, reason: string | null | undefined): TransitionCheck {
  const note = reason?.trim() ? reason.trim() : null;
  if (from === to) {
    return { ok: false, field: 'status', message: `The theme is already ${THEME_STATUS_LABELS[to].toLowerCase()}.` };
  }
  if (!ALLOWED[from].includes(to)) {
    return {
      ok: false,
      field: 'status',
      message: `A theme that is ${THEME_STATUS_LABELS[from].toLowerCase()} can't move to ${THEME_STATUS_LABELS[to].toLowerCase()}.`,
    };
  }
  if (to === 'wont-do' && !note) {
    return { ok: false, field: 'reason', message: "Say why this won't be done, so you can tell the customer." };
  }
  return { ok: true, reason: note };
}
