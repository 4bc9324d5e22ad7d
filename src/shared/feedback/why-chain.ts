/**
 * The "why?" chain of seed 000: the customer proposes a solution, the CSM asks why until the
 * problem underneath shows. One answer per step, in order, as many steps as it takes.
 */
export const MAX_WHY_STEPS = 20;

/** Drops blank steps (the form keeps an empty one ready) and trims the rest, keeping order. */
export function cleanWhyChain(steps: readonly string[]): string[] {
  return steps.map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * A gentle nudge while capturing: one answer rarely reaches the root cause (seed 000 needed
 * three), so the form asks for a second "why" until there are two.
 */
export function whyNudge(answeredSteps: number): string | null {
  if (answeredSteps === 0) return 'Ask "why?" — what would that solve for them?';
  if (answeredSteps === 1) return 'Ask "why?" once more: the first answer is rarely the real problem.';
  return null;
}

/** The chain as one line of text for exports: `1. … → 2. …`. */
export function joinWhyChain(steps: readonly string[]): string {
  return steps.map((s, i) => `${i + 1}. ${s}`).join(' → ');
}
