/**
 * Refusing secrets in onboarding-kit fields. The kit records that a token, a license or a
 * `values.yaml` was handed over — never the thing itself (seed 000: "shared securely"). A field
 * that looks like a credential is refused with a message saying why, so a pasted token never
 * reaches the data file, its backups or an export.
 */

/** Prefixes of well-known credentials, with what they are. */
const KNOWN_PREFIXES: readonly { pattern: RegExp; what: string }[] = [
  { pattern: /\bglpat-[A-Za-z0-9_-]{8,}/, what: 'a GitLab personal access token (glpat-…)' },
  { pattern: /\b(?:gldt|glrt|glptt|gloas|glsoat|glcbt|glimt|glagent|glffct)-[A-Za-z0-9_-]{8,}/, what: 'a GitLab token' },
  { pattern: /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}/, what: 'a GitHub token' },
  { pattern: /\bxox[abprs]-[A-Za-z0-9-]{10,}/, what: 'a Slack token' },
  { pattern: /\bAKIA[0-9A-Z]{16}\b/, what: 'an AWS access key' },
  { pattern: /\bsk-[A-Za-z0-9_-]{20,}/, what: 'an API secret key (sk-…)' },
  { pattern: /-----BEGIN [A-Z ]*PRIVATE KEY-----/, what: 'a private key' },
  { pattern: /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}/, what: 'a signed web token (JWT)' },
];

/** Query parameters and user-info in a URL are where credentials hide; its path is not checked. */
const URL_PATTERN = /\bhttps?:\/\/[^\s]+/gi;
const SECRET_QUERY_KEYS = /^(?:private_token|access_token|token|auth|apikey|api_key|key|secret|password|sig|signature)$/i;

/** Bits of Shannon entropy per character. */
export function entropyPerChar(text: string): number {
  const counts = new Map<string, number>();
  for (const ch of text) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) {
    const p = n / text.length;
    bits -= p * Math.log2(p);
  }
  return bits;
}

/**
 * A long random-looking blob: one unbroken run of 20+ characters (between `-`, `_`, `.`, `/`)
 * mixing letters and digits with high entropy. Words joined by dashes (`values-prod-eu-1.yaml`)
 * and ticket ids (`ACME-1234`) stay well below it.
 */
function looksRandom(run: string): boolean {
  const longest = run.split(/[-_./]/).reduce((a, b) => (b.length > a.length ? b : a), '');
  if (longest.length < 20) return false;
  if (!/[A-Za-z]/.test(longest) || !/\d/.test(longest)) return false;
  return entropyPerChar(longest) >= 3.5;
}

function urlSecret(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.password !== '') return 'a URL with a password in it';
  for (const [key, value] of parsed.searchParams) {
    if (value.length >= 8 && (SECRET_QUERY_KEYS.test(key) || looksRandom(value))) return `a URL carrying a credential (${key}=…)`;
  }
  return null;
}

/**
 * Why `text` is refused, or null when it may be stored. The message names what it looks like
 * and says what to record instead.
 */
export function secretRefusal(text: string): string | null {
  let what: string | null = null;
  for (const known of KNOWN_PREFIXES) {
    if (known.pattern.test(text)) {
      what = known.what;
      break;
    }
  }
  const urls = text.match(URL_PATTERN) ?? [];
  for (const url of urls) what ??= urlSecret(url);
  if (!what) {
    const withoutUrls = text.replace(URL_PATTERN, ' ');
    for (const run of withoutUrls.match(/[A-Za-z0-9+/=_.-]{20,}/g) ?? []) {
      if (looksRandom(run)) {
        what = 'a long random string (a token, key or password)';
        break;
      }
    }
  }
  if (!what) return null;
  return `This looks like ${what}. Fieldbook never stores secrets: record only that it was shared, when and how, and keep the secret itself in the secure channel you sent it through.`;
}
