/**
 * Product versions compared the way semantic versioning orders them, part by part as numbers:
 * 2.10.0 is newer than 2.9.3 (a text sort says the opposite). A leading "v" and missing parts are
 * accepted ("v2.10" is 2.10.0); a pre-release ("2.10.0-rc.1") comes before its release.
 */
export interface Version {
  readonly major: number;
  readonly minor: number;
  readonly patch: number;
  /** Dot-separated pre-release identifiers; empty for a release. */
  readonly pre: readonly string[];
}

const VERSION = /^v?(\d{1,9})(?:\.(\d{1,9}))?(?:\.(\d{1,9}))?(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** The version in `text`, or null when it is not one (empty, "latest", "2.x"). */
export function parseVersion(text: string): Version | null {
  const m = VERSION.exec(text.trim());
  if (!m) return null;
  const pre = m[4] ? m[4].split('.') : [];
  if (pre.some((p) => p === '')) return null;
  return { major: Number(m[1]), minor: Number(m[2] ?? 0), patch: Number(m[3] ?? 0), pre };
}

function comparePre(a: readonly string[], b: readonly string[]): number {
  // A release outranks any of its pre-releases.
  if (a.length === 0 || b.length === 0) return b.length - a.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i];
    const y = b[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) {
      const d = Number(x) - Number(y);
      if (d !== 0) return Math.sign(d);
    } else if (xn !== yn) {
      return xn ? -1 : 1; // numeric identifiers sort before alphanumeric ones
    } else if (x !== y) {
      return x < y ? -1 : 1;
    }
  }
  return 0;
}

/** Negative when a is older than b, positive when newer, 0 when the same version. */
export function compareParsed(a: Version, b: Version): number {
  return Math.sign(a.major - b.major) || Math.sign(a.minor - b.minor) || Math.sign(a.patch - b.patch) || comparePre(a.pre, b.pre);
}

/**
 * Orders two version texts; one that isn't a version sorts after every real version (so the
 * accounts whose installed version nobody knows gather at the end of a sorted table).
 */
export function compareVersions(a: string, b: string): number {
  const pa = parseVersion(a);
  const pb = parseVersion(b);
  if (pa && pb) return compareParsed(pa, pb);
  if (pa) return -1;
  if (pb) return 1;
  return 0;
}

/** True when `installed` is a version older than `release`; false when it is unknown. */
export function isOlderThan(installed: string, release: string): boolean {
  const a = parseVersion(installed);
  const b = parseVersion(release);
  return a !== null && b !== null && compareParsed(a, b) < 0;
}

/** The version written canonically ("v2.10" → "2.10.0"), or null. */
export function normaliseVersion(text: string): string | null {
  const v = parseVersion(text);
  if (!v) return null;
  return `${v.major}.${v.minor}.${v.patch}${v.pre.length ? `-${v.pre.join('.')}` : ''}`;
}
