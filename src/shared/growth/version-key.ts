import { parseVersion } from './version';

/** Major, minor and patch are at most 9 digits (`parseVersion`), so fixed width orders them as numbers. */
const part = (n: number) => String(n).padStart(9, '0');

/** Below every character a pre-release identifier may hold (`-` included), so a shorter list sorts first. */
const SEPARATOR = '\u0001';

/**
 * One pre-release identifier: numeric ones first (by value: digit count, then digits), then
 * alphanumeric ones in ASCII order, as `compareParsed` orders them. Numbers are compared
 * exactly, where the comparator goes through `Number` (the same below 2^53).
 */
function identifierKey(id: string): string {
  if (/^\d+$/.test(id)) {
    const digits = id.replace(/^0+(?=\d)/, '');
    return `0${String(digits.length).padStart(4, '0')}${digits}`;
  }
  return `1${id}`;
}

/**
 * A text whose plain (binary) order is the semantic order of `compareVersions` — 2.10.0 after
 * 2.9.3, a pre-release before its release — so SQL can sort and filter the accounts table by
 * installed version (issue 12 item 17). Null for a text that isn't a version, which the table
 * puts last and "older than" leaves out, as the comparator does.
 */
export function versionSortKey(text: string): string | null {
  const v = parseVersion(text);
  if (!v) return null;
  const base = `${part(v.major)}.${part(v.minor)}.${part(v.patch)}`;
  // `-` sorts before `~`: every pre-release of a version comes before the release itself.
  return v.pre.length === 0 ? `${base}~` : `${base}-${v.pre.map(identifierKey).join(SEPARATOR)}`;
}
