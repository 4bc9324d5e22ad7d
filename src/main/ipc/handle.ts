import type { z } from 'zod';
import { fail, ok, type Envelope, type FieldIssue } from '../../shared/ipc/envelope';
import type { Operation } from '../../shared/ipc/operation';
import { AppError } from './app-error';

export type Handler<Ctx, O extends Operation> = (
  ctx: Ctx,
  input: z.output<O['input']>,
) => z.input<O['output']> | Promise<z.input<O['output']>>;

export interface HandleOptions {
  isTrustedSender: (senderUrl: string | null | undefined) => boolean;
  /** Check every output against the contract too (tests and development; costs time on hot paths). */
  validateOutput: boolean;
  log: (message: string, error: unknown) => void;
}

export type Invoke = (senderUrl: string | null | undefined, rawInput: unknown) => Promise<Envelope<unknown>>;

/**
 * What a rejection may repeat back. An input is whatever the caller sent, so an error that
 * quoted all of it could be made as large as the input (10,000 junk keys → a 200 KB reply):
 * a few names, short messages and paths, and a bounded list of issues say enough.
 */
export const REPLY_LIMITS = { issues: 20, keysNamed: 5, nameChars: 40, messageChars: 300, pathSegments: 8 } as const;

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

function unknownKeysMessage(keys: readonly string[]): string {
  const named = keys.slice(0, REPLY_LIMITS.keysNamed).map((k) => `"${clip(k, REPLY_LIMITS.nameChars)}"`);
  const more = keys.length - named.length;
  const noun = keys.length === 1 ? 'field' : 'fields';
  return `Unknown ${noun}: ${named.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-US')} more` : ''}`;
}

function toIssue(issue: z.core.$ZodIssue): FieldIssue {
  const path = issue.path
    .filter((p): p is string | number => typeof p !== 'symbol')
    .slice(0, REPLY_LIMITS.pathSegments)
    .map((p) => (typeof p === 'string' ? clip(p, REPLY_LIMITS.nameChars) : p));
  const message = issue.code === 'unrecognized_keys' ? unknownKeysMessage(issue.keys) : issue.message;
  return { path, message: clip(message, REPLY_LIMITS.messageChars) };
}

const toIssues = (error: z.ZodError): FieldIssue[] => error.issues.slice(0, REPLY_LIMITS.issues).map(toIssue);

/**
 * The one door into main: checks the sender, validates the input against the contract, runs
 * the handler and turns whatever happens into an envelope. Nothing unvalidated reaches a
 * handler and nothing is thrown back across IPC.
 */
export function handle<Ctx, O extends Operation>(
  op: O,
  getCtx: () => Ctx,
  handler: Handler<Ctx, O>,
  options: HandleOptions,
): Invoke {
  return async (senderUrl, rawInput) => {
    if (!options.isTrustedSender(senderUrl)) {
      return fail({ code: 'FORBIDDEN', message: `Refused ${op.channel}: the request did not come from Fieldbook's own window.` });
    }
    const parsed = op.input.safeParse(rawInput);
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      const first = issues[0];
      const where = first && first.path.length > 0 ? ` (${first.path.join('.')})` : '';
      return fail({ code: 'INVALID_INPUT', message: `${first?.message ?? 'Invalid input'}${where}`, issues });
    }
    try {
      const value = await handler(getCtx(), parsed.data as z.output<O['input']>);
      if (options.validateOutput) {
        const checked = op.output.safeParse(value);
        if (!checked.success) {
          options.log(`${op.channel} returned output outside its contract`, checked.error);
          return fail({ code: 'INTERNAL', message: 'Fieldbook produced an unexpected result. Nothing was lost; please try again.' });
        }
        return ok(checked.data);
      }
      return ok(value);
    } catch (error) {
      if (error instanceof AppError) {
        return fail({ code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) });
      }
      options.log(`${op.channel} failed`, error);
      return fail({ code: 'INTERNAL', message: `Something went wrong in ${op.channel}. Nothing was changed.` });
    }
  };
}
