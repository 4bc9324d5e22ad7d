import type { DomainHandlers } from '../ipc/handlers-type';
import { getSessionLocation, setSessionLocation } from './service';

export const sessionHandlers: DomainHandlers<'session'> = {
  getLocation: (ctx) => getSessionLocation(ctx.store),
  setLocation: (ctx, location) => setSessionLocation(ctx.store, location),
};
