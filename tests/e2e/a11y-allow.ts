/**
 * Findings axe reports that a person has checked and judged not to be failures, each with why.
 * Keep this list short: an entry hides a rule only on the elements its selector names.
 */
export interface Allowed {
  /** The axe rule id. */
  rule: string;
  /** A CSS selector the reported element must match. */
  selector: string;
  reason: string;
}

export const ALLOWED: readonly Allowed[] = [];
