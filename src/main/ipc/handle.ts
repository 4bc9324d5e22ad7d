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

const toIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: i.message }));

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
