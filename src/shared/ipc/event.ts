import type { z } from 'zod';

/**
 * One main → renderer event, declared once beside the operations: its channel and the schema
 * its payload keeps to. Main emits it through `ctx.emit`, the preload derives `api.on(name, …)`
 * from it and the renderer subscribes with `useMainEvent`.
 */
export interface EventDecl<P extends z.ZodType = z.ZodType> {
  readonly channel: `${string}:${string}`;
  readonly payload: P;
}

export function event<P extends z.ZodType>(channel: `${string}:${string}`, payload: P): EventDecl<P> {
  return { channel, payload };
}

export type PayloadOf<E> = E extends EventDecl<infer P> ? z.output<P> : never;
export type PayloadInputOf<E> = E extends EventDecl<infer P> ? z.input<P> : never;
