import type { ChecklistStatus, Progress } from './schema';

/** Progress over a set of statuses: "not applicable" items neither count as done nor as left. */
export function progressOf(statuses: readonly ChecklistStatus[]): Progress {
  let done = 0;
  let applicable = 0;
  for (const s of statuses) {
    if (s === 'not-applicable') continue;
    applicable += 1;
    if (s === 'done') done += 1;
  }
  const percent = applicable === 0 ? 0 : Math.floor((done * 100) / applicable);
  return { done, applicable, percent };
}

/**
 * Ready for production: every applicable item is done. A checklist where nothing applies is
 * not called ready — that says nothing about the installation.
 */
export function isReady(progress: Progress): boolean {
  return progress.applicable > 0 && progress.done === progress.applicable;
}

/** Still to do for the "what's left" filter. */
export function isLeft(status: ChecklistStatus): boolean {
  return status === 'todo' || status === 'in-progress';
}
