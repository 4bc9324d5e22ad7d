import type { TriggerHit } from './triggers';

/** What the champion trigger reads of a contact, before and after an edit. */
export interface ChampionSnapshot {
  id: string;
  name: string;
  title: string;
  role: string;
  isChampion: boolean;
  leftOn: string | null;
}

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();
const shown = (text: string) => (text.trim() === '' ? '—' : text.trim());

/**
 * "A champion changed role" (seed 001's early warnings, issue 9): a contact who was the
 * account's champion, and has not left (leaving is "champion left"), now has another title or
 * role, or is no longer marked as the champion. `at` makes each change its own cause, so a
 * later change raises again once the earlier alert is closed.
 */
export function championChangedTrigger(before: ChampionSnapshot, after: ChampionSnapshot, at: string): TriggerHit | null {
  if (!before.isChampion || before.leftOn !== null || after.leftOn !== null) return null;
  const changes: string[] = [];
  if (!same(before.title, after.title)) changes.push(`title ${shown(before.title)} → ${shown(after.title)}`);
  if (!same(before.role, after.role)) changes.push(`role ${shown(before.role)} → ${shown(after.role)}`);
  if (!after.isChampion) changes.push('no longer marked as the champion');
  if (changes.length === 0) return null;
  return {
    kind: 'champion-changed',
    cause: `contact:${after.id}:${at}`,
    severity: 'high',
    reason: `${after.name}, the champion, changed: ${changes.join('; ')}.`,
  };
}
