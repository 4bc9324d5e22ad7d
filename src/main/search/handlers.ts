import type { DomainHandlers } from '../ipc/handlers-type';
import { search } from './service';

export const searchHandlers: DomainHandlers<'search'> = {
  query: (ctx, input) => search(ctx.store, input),
};
