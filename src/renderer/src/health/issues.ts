import type { z } from 'zod';
import { ApiError } from '../api/client';

/** Field messages by dotted path (`scores.usage`), from a zod result or from main's answer; first message wins. */
export function messagesByPath(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of issues) {
    const key = issue.path.map(String).join('.');
    out[key] ??= issue.message;
  }
  return out;
}

/** Parses a form's values with the operation's input schema: the value, or the messages by field. */
export function check<S extends z.ZodType>(schema: S, values: unknown): { ok: true; value: z.output<S> } | { ok: false; errors: Record<string, string> } {
  const r = schema.safeParse(values);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: messagesByPath(r.error.issues) };
}

/** Main refused: its field messages, or one message for the whole form. */
export function serverMessages(error: unknown): { errors: Record<string, string>; message: string | null } {
  if (error instanceof ApiError && error.issues.length > 0) return { errors: messagesByPath(error.issues), message: null };
  return { errors: {}, message: error instanceof Error ? error.message : String(error) };
}

/** A number field's text as the schema expects it: empty is "not given" (null). */
export const numberOrNull = (text: string): number | null => (text.trim() === '' ? null : Number(text));
