import type { z } from 'zod';

/**
 * One IPC operation, declared once: its channel (`domain:verb`), the schema its input must
 * pass and the schema its output keeps to. Main's handlers, the preload's methods and the
 * renderer's client are all derived from these objects.
 */
export interface Operation<In extends z.ZodType = z.ZodType, Out extends z.ZodType = z.ZodType> {
  readonly channel: `${string}:${string}`;
  readonly input: In;
  readonly output: Out;
}

export function operation<In extends z.ZodType, Out extends z.ZodType>(
  channel: `${string}:${string}`,
  input: In,
  output: Out,
): Operation<In, Out> {
  return { channel, input, output };
}

export type InputOf<O> = O extends Operation<infer In, z.ZodType> ? z.input<In> : never;
export type ParsedInputOf<O> = O extends Operation<infer In, z.ZodType> ? z.output<In> : never;
export type OutputOf<O> = O extends Operation<z.ZodType, infer Out> ? z.output<Out> : never;
