/** A value canonical JSON can hold: no floats, no undefined, nothing that serialises two ways. */
export type CanonicalValue = string | number | boolean | null | CanonicalValue[] | { [key: string]: CanonicalValue };

/**
 * Canonical JSON: object keys sorted by UTF-16 code unit (the same as code-point order for the
 * ASCII keys Fieldbook writes), no whitespace, strings escaped exactly as `JSON.stringify`
 * does, integers only. The same value always gives the same text, so a signature or hash over
 * its UTF-8 bytes can be recomputed by anyone.
 */
export function canonicalJson(value: CanonicalValue): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value)) throw new Error(`Canonical JSON holds only safe integers, got ${value}`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as CanonicalValue)}`).join(',')}}`;
}
