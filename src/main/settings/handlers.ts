import type { DomainHandlers } from '../ipc/handlers-type';
import { getSettings, updateSettings } from './service';

export const settingsHandlers: DomainHandlers<'settings'> = {
  get: (ctx) => getSettings(ctx.store),
  update: (ctx, input) => updateSettings(ctx.store, input),
};
