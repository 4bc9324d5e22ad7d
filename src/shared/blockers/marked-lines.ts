/**
 * Blockers typed live in a meeting: a line that starts (after an optional list marker) with
 * `BLOCKER:` or `!blocker` raises one. The owner can follow as `(owner: Name)` at the end, or
 * after ` — owner:` / ` - owner:` / `; owner:`. Case doesn't matter.
 *
 *   - BLOCKER: Firewall blocks port 443 (owner: Dana Ruiz)
 *   !blocker SSO group mapping missing; owner: us
 */
export interface MarkedBlocker {
  title: string;
  /** '' when the line names nobody. */
  owner: string;
}

const MARKER = /^\s*(?:[-*+]\s+|\d+[.)]\s+)?(?:\[[ xX]\]\s+)?(?:blocker\s*:|!blocker\b:?)\s*(.*)$/i;
const OWNER_IN_PARENS = /\s*\(\s*owner\s*:\s*([^()]*?)\s*\)\s*$/i;
const OWNER_AFTER_DASH = /\s*(?:[—–;]|\s-)\s*owner\s*:\s*(.*?)\s*$/i;

/** The blocker a single line raises, or null when the line isn't marked (or says nothing). */
export function parseMarkedLine(line: string): MarkedBlocker | null {
  const match = MARKER.exec(line);
  if (!match) return null;
  let rest = (match[1] ?? '').trim();
  let owner = '';
  const inParens = OWNER_IN_PARENS.exec(rest);
  if (inParens) {
    owner = (inParens[1] ?? '').trim();
    rest = rest.slice(0, inParens.index).trim();
  } else {
    const afterDash = OWNER_AFTER_DASH.exec(rest);
    if (afterDash) {
      owner = (afterDash[1] ?? '').trim();
      rest = rest.slice(0, afterDash.index).trim();
    }
  }
  if (rest === '') return null;
  return { title: rest.slice(0, 500), owner: owner.slice(0, 200) };
}

/** Every blocker a note's body raises, in the order they appear. */
export function markedBlockers(body: string): MarkedBlocker[] {
  const found: MarkedBlocker[] = [];
  for (const line of body.split(/\r?\n/)) {
    const blocker = parseMarkedLine(line);
    if (blocker) found.push(blocker);
  }
  return found;
}

/** Folds a title for matching a line to the blocker it raised before (case and spacing aside). */
export function blockerKey(title: string): string {
  return title.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();
}
