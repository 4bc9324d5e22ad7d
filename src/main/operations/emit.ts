import type { EventDecl, PayloadInputOf } from '../../shared/ipc/event';

/** Where emitted events go: the app's windows in Electron, the page in the e2e fixture, a list in tests. */
export type EmitSink = (channel: string, payload: unknown) => void;

/** `ctx.emit(events.x, payload)`: sends one declared event to the page. */
export type Emit = <E extends EventDecl>(event: E, payload: PayloadInputOf<E>) => void;

/**
 * Builds `ctx.emit` over a sink. With `validate` on (development and tests) a payload outside
 * its declared schema throws, so the handler that sent it fails loudly instead of the page
 * receiving something its types don't describe.
 */
export function createEmit(sink: EmitSink, validate: boolean): Emit {
  return (event, payload) => {
    if (validate) {
      const checked = event.payload.safeParse(payload);
      if (!checked.success) {
        throw new Error(`Event ${event.channel} payload is outside its contract: ${checked.error.message}`);
      }
      sink(event.channel, checked.data);
      return;
    }
    sink(event.channel, payload);
  };
}
